/**
 * Redline's local web app ({@code redline serve}): {@link dev.redline.web.RedlineServer} and
 * nothing else is its API. Its JSON answers are records that Jackson writes by reflection, so the
 * package is opened to Jackson; the SQLite driver is found by {@code java.sql} as a service.
 */
module dev.redline.web {
  exports dev.redline.web;

  opens dev.redline.web to com.fasterxml.jackson.databind;

  requires transitive dev.redline.report;
  requires com.fasterxml.jackson.databind;
  requires io.javalin;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
}
