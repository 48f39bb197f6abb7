# warnings.cmake — one warnings target for every target of ours (never for third-party code).
#
#   nianbao_warnings: INTERFACE target; link it PRIVATE. -Werror when NIANBAO_WERROR is on (scripts/test.sh
#   turns it on when CI=true), so a developer's newer compiler cannot break a local build.
option(NIANBAO_WERROR "Treat warnings as errors (CI)" OFF)
add_library(nianbao_warnings INTERFACE)
target_compile_options(nianbao_warnings INTERFACE -Wall -Wextra -Wshadow -Wconversion
                                                  $<$<BOOL:${NIANBAO_WERROR}>:-Werror>)
