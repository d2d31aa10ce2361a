package io.latentlab;

/** Plain entry point (a main inside an Application subclass fails when JavaFX is on the class path). */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Latent Lab");
    }
}
