package io.latentlab.ui.lab;

/**
 * Which preparation's failure becomes a problem for a dialog rather than only a status line: one that a file
 * started (Open data, Open experiment). Preparations are told apart by their generation number; the failure may
 * come before the file's action has said it expects one (a synchronous executor) or after.
 */
final class FailureDialogs {

    private final LabState state;
    private String title;
    private int expected = -1;
    private int failed = -1;
    private String failedMessage;

    FailureDialogs(LabState state) {
        this.state = state;
    }

    /** Failures of preparation {@code generation} are reported as problems titled {@code title}. */
    void expect(int generation, String title) {
        this.title = title;
        expected = generation;
        if (failed == generation) {
            state.reportProblem(title, failedMessage);
        }
    }

    /** Preparation {@code generation} failed with {@code message} (already in the status line). */
    void failed(int generation, String message) {
        failed = generation;
        failedMessage = message;
        if (expected == generation) {
            state.reportProblem(title, message);
        }
    }
}
