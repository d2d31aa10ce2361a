package io.latentlab.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a text field holds, read as a number or a list of numbers, and numbers written back as a user would type
 * them. A field that does not parse gets its reason in {@code errors} and yields null.
 */
final class FieldText {

    private FieldText() {}

    static Integer parseInt(FormField f, Map<FormField, String> errors) {
        try {
            return Integer.parseInt(f.text());
        } catch (NumberFormatException e) {
            errors.put(f, "\"" + f.text() + "\" is not a whole number");
            return null;
        }
    }

    static Long parseLong(FormField f, Map<FormField, String> errors) {
        try {
            return Long.parseLong(f.text());
        } catch (NumberFormatException e) {
            errors.put(f, "\"" + f.text() + "\" is not a whole number");
            return null;
        }
    }

    static Double parseDouble(FormField f, Map<FormField, String> errors) {
        try {
            double v = Double.parseDouble(f.text());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            errors.put(f, "\"" + f.text() + "\" is not a number");
            return null;
        }
    }

    static List<Double> parseNumbers(FormField f, Map<FormField, String> errors) {
        List<Double> out = new ArrayList<>();
        for (String part : f.text().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                errors.put(f, "\"" + part + "\" is not a number");
                return null;
            }
        }
        if (out.isEmpty()) {
            errors.put(f, "enter at least one number");
            return null;
        }
        return out;
    }

    static List<Integer> parseInts(FormField f, Map<FormField, String> errors) {
        List<Integer> out = new ArrayList<>();
        for (String part : f.text().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                errors.put(f, "\"" + part + "\" is not a whole number (use e.g. 50, 100, 50)");
                return null;
            }
        }
        return out;
    }

    static String joinNumbers(List<Double> values) {
        return String.join(", ", values.stream().map(FieldText::number).toList());
    }

    static String number(double v) {
        return io.latentlab.core.validation.PlainNumber.of(v);
    }
}
