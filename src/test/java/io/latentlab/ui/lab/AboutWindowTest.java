package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About Latent Lab shows the pom's version and the licences of the bundled data sets and libraries. */
class AboutWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(2);
    }

    @Test
    void helpAboutShowsVersionAndLicences(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About Latent Lab");
        await(
                "the About box is shown",
                () -> robot.lookup("#about-version").tryQuery().isPresent());

        Label version = robot.lookup("#about-version").queryAs(Label.class);
        assertEquals("Latent Lab " + System.getProperty("latentlab.pomVersion"), version.getText());
        javafx.stage.Window about = version.getScene().getWindow();
        assertTrue(about.isShowing());
        assertFalse(about == stage, "the About box is a window of its own");

        Parent credits = robot.lookup("#about-credits").queryAs(Parent.class);
        String text = String.join(
                "\n", WaitForAsyncUtils.asyncFx(() -> texts(credits)).get());
        for (String expected : List.of(
                "Optical Recognition of Handwritten Digits",
                "CC BY 4.0",
                "BSD-3-Clause",
                "Fashion-MNIST",
                "Zalando SE",
                "MIT licence",
                "ND4J 1.0.0-M2.1",
                "OpenJFX 21",
                "GPL v2 with the Classpath Exception")) {
            assertTrue(text.contains(expected), "the About box names " + expected + ":\n" + text);
        }

        robot.clickOn("Close");
        await("the About box is closed", () -> !about.isShowing());
    }

    private static List<String> texts(Parent root) {
        return root.lookupAll(".label").stream()
                .map(Node.class::cast)
                .map(n -> ((Label) n).getText())
                .toList();
    }
}
