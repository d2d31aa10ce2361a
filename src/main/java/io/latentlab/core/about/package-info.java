/**
 * What this build is: its version (from the pom, through a filtered {@code version.properties}) and the credits and
 * licences of the bundled data sets and main libraries, shown by {@code --version}, the About box and the files.
 *
 * <p>May import: the JDK only.
 */
package io.latentlab.core.about;
