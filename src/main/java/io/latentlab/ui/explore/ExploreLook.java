package io.latentlab.ui.explore;

import io.latentlab.core.data.ImageShape;

/**
 * How decoded rows of the current data are drawn.
 *
 * @param image   the rows' image shape, or null for tabular data (drawn as profiles)
 * @param lowest  the smallest scaled test value, drawn as paper or an empty bar
 * @param highest the largest, drawn as full ink or a full bar
 */
public record ExploreLook(ImageShape image, double lowest, double highest) {

    static final ExploreLook NONE = new ExploreLook(null, 0, 1);
}
