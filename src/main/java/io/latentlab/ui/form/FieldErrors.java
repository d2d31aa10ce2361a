package io.latentlab.ui.form;

import io.latentlab.core.validation.InvalidValueException;
import java.util.List;

/** Which field a validation error belongs to, and its message in that field's words. */
final class FieldErrors {

    private FieldErrors() {}

    /**
     * The message in the field's own words, "Cluster std must be …" rather than the config's "clusterStd must be
     * …"; a list entry is named by its position ("Encoder sizes entry 2 must be …"). Settings the form does not
     * show keep the config's wording, which names them.
     */
    static String inFieldWords(FormField field, String path, InvalidValueException e) {
        java.util.regex.Matcher index =
                java.util.regex.Pattern.compile("\\[(\\d+)]$").matcher(path);
        String bare = path.replaceAll("\\[\\d+]", "");
        if (!field.path().equals(bare)) {
            return e.getMessage();
        }
        String entry = index.find() ? " entry " + (Integer.parseInt(index.group(1)) + 1) : "";
        return field.label() + entry + " " + e.reason();
    }

    /**
     * The field that edits {@code path} (list indices ignored). A setting the form does not show, such as a loaded
     * file's {@code data.blobs.centers[2]}, blames the first of {@code targets} sharing the longest part of its path, so the
     * error still shows in the right section.
     */
    static FormField blame(List<FormField> targets, String path) {
        String[] wanted = path.replaceAll("\\[\\d+]", "").split("\\.");
        FormField best = targets.get(0);
        int bestShared = -1;
        for (FormField f : targets) {
            String[] has = f.path().split("\\.");
            int shared = 0;
            while (shared < has.length && shared < wanted.length && has[shared].equals(wanted[shared])) {
                shared++;
            }
            if (shared == has.length && shared == wanted.length) {
                return f;
            }
            if (shared > bestShared) {
                best = f;
                bestShared = shared;
            }
        }
        return best;
    }
}
