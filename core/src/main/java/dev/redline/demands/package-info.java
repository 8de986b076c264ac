/**
 * Demands: what stakeholders asked for, read from a YAML demands file ({@link
 * dev.redline.demands.DemandsFile}), and checked against every draft of a history ({@link
 * dev.redline.demands.DemandChecker}) into a {@link dev.redline.model.Tracker}. Targets are followed
 * through the alignment, so a demand written against Rev.3's numbering finds its article in Rev.1.
 */
package dev.redline.demands;
