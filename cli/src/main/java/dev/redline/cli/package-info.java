/**
 * The {@code redline} command line: turns arguments into calls of the core and report entry
 * points, and their results into files, messages and exit codes ({@link dev.redline.cli.ExitCode}).
 * It holds no comparison logic of its own.
 *
 * <p>This module has no {@code module-info.java}, by decision. It is an application, not a
 * library: nothing is built on it, so a descriptor would guard no API, and it runs from the shaded
 * jar ({@code ./redline}) on the class path, where the descriptors of every module are left out.
 * A descriptor would also need the fixtures harness ({@code demo} reads the sample drafts through
 * it) to become a module, and that harness's test helpers depend on JUnit, which only tests
 * provide; and it would have to open this package to picocli, which reads the commands'
 * annotations by reflection. The core, the reports and the web app, which other code does use,
 * have descriptors.
 */
package dev.redline.cli;
