// library_first_frame.js — marks the first frame of Dear ImGui's own example (examples/example_glfw_opengl3,
// built unchanged) where the editor and the bare page mark theirs: right after its draw calls, which the
// example ends with glfwSwapBuffers.
mergeInto(LibraryManager.library, {
  glfwSwapBuffers__deps: ['$GLFW'],
  glfwSwapBuffers: function(winid) {
    GLFW.swapBuffers(winid);
    if (!performance.getEntriesByName('first-frame').length) performance.mark('first-frame');
  },
});
