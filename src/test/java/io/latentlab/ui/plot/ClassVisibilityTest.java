package io.latentlab.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain model test: no JavaFX toolkit is started. */
class ClassVisibilityTest {

    @Test
    void toggleHidesThenShowsAndShowAllClears() {
        ClassVisibility v = new ClassVisibility();
        v.toggle(1);
        v.toggle(3);
        assertTrue(v.isHidden(1) && v.isHidden(3) && !v.isHidden(0));
        v.toggle(1);
        assertEquals(Set.of(3), v.hiddenClasses());
        v.showAll();
        assertTrue(v.hiddenClasses().isEmpty());
    }

    @Test
    void theHiddenSetIsReadOnlyButObservable() {
        ClassVisibility v = new ClassVisibility();
        int[] changes = {0};
        v.hiddenClasses().addListener((javafx.beans.InvalidationListener) o -> changes[0]++);
        v.setHidden(2, true);
        v.setHidden(2, true); // already hidden: no change
        v.setHidden(2, false);
        assertEquals(2, changes[0]);
        assertThrows(
                UnsupportedOperationException.class, () -> v.hiddenClasses().add(0));
        assertThrows(IllegalArgumentException.class, () -> v.setHidden(-1, true));
    }

    @Test
    void newClassNamesShowEverythingButTheSameNamesKeepTheChoice() {
        ClassVisibility v = new ClassVisibility();
        v.resetFor(List.of("a", "b", "c"));
        v.setHidden(1, true);
        v.resetFor(List.of("a", "b", "c")); // the next training frame of the same data
        assertTrue(v.isHidden(1));
        v.resetFor(List.of("x", "y"));
        assertFalse(v.isHidden(1));
        v.setHidden(0, true);
        v.resetFor(null);
        assertTrue(v.hiddenClasses().isEmpty());
    }

    @Test
    void aLinkFollowsWhicheverInstanceItIsGiven() {
        int[] calls = {0};
        ClassVisibility.Link link = new ClassVisibility.Link(() -> calls[0]++);
        ClassVisibility first = link.get();
        first.toggle(0);
        assertEquals(1, calls[0]);
        ClassVisibility shared = new ClassVisibility();
        link.set(shared);
        assertEquals(2, calls[0], "linking another instance refreshes");
        first.toggle(1);
        assertEquals(2, calls[0], "the old instance is no longer followed");
        shared.toggle(1);
        assertEquals(3, calls[0]);
        link.set(shared);
        assertEquals(3, calls[0]);
        assertThrows(NullPointerException.class, () -> link.set(null));
    }
}
