/**
 * Implementation detail shared by Redline's stages. Not part of the API: it may change in any
 * release without notice.
 */
package dev.redline.internal;
