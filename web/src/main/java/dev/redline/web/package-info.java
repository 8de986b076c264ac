/**
 * The local web app ({@code redline serve}): an embedded server on 127.0.0.1 that takes drafts
 * dropped in the browser, runs them through the same calls as the command line, shows the HTML
 * report in place, offers the Word, JSON and tracker files for download, and keeps each
 * negotiation as a project in a SQLite workspace. {@link dev.redline.web.RedlineServer} starts it.
 */
package dev.redline.web;
