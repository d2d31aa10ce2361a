package io.latentlab;

import io.latentlab.cli.LatentLabCli;

/**
 * Plain entry point: with arguments it runs the command line, without it opens the window. (A main inside an
 * {@code Application} subclass fails when JavaFX is on the class path rather than the module path.)
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Before any other thread reads the environment, and before anything loads OpenBLAS.
        io.latentlab.core.math.BlasKernel.requestBeforeLoading();
        if (args.length == 0) {
            java.util.OptionalInt child = ModulePathLaunch.relaunchIfOnClassPath();
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            io.latentlab.ui.LatentLabApp.launchWindow(args);
        } else {
            LatentLabCli.main(args);
        }
    }
}
