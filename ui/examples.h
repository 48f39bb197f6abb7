// examples.h — two built-in example reports of fictional agencies (one per format), written for this
// editor, with a few deliberate mistakes so that the checks have something to show:
//   2021 format, 青山县自然资源局 2024: 予以公开 自然人 typed one too high (C3.2), the overview states
//     62 new applications where table 三 has 58 (N1), and a listed sum of 1,304 items is stated as 1,326 (N9).
//   2019 format, 青山县林业局 2020: the overview says 14 applications were concluded where table 三 has
//     15 (N1), and 132 + 58 approvals are stated as 200 (N9); its tables are consistent.
#pragma once

#include "nianbao/report.h"

namespace nianbao::ui {

Report example_report(FormatVersion format);

}  // namespace nianbao::ui
