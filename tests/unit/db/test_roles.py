"""The rules of the team database's roles (``db/roles.py``), without a server: every
table of the app has a rule, and the audit log and the erasure ledger are guarded."""

from __future__ import annotations

from wba_desktop.db import roles
from wba_desktop.models import Base


def test_every_table_has_a_rule_and_every_named_rule_a_table():
    names = roles.table_names()
    assert set(Base.metadata.tables) <= set(names)
    for name in names:
        rule = roles.rule_for(name)
        assert rule.datenschutz, name  # data protection may at least read every table
        assert "SELECT" in rule.datenschutz
    assert set(roles.RULES) <= set(names), "a rule names a table that does not exist"
    # the data-protection tables are decided one by one, never by the default
    privacy = {t.name for t in Base.metadata.sorted_tables if t.name in {
        "audit_log", "erasure_ledger", "disclosure", "disclosure_person"}}  # fmt: skip
    assert privacy <= set(roles.RULES)


def test_coordination_writes_the_audit_log_but_cannot_read_delete_or_erase():
    audit = roles.rule_for("audit_log")
    assert audit.koordination == ("INSERT",)
    assert audit.koordination_columns == ("SELECT (id)",)  # for INSERT … RETURNING id
    assert {"SELECT", "INSERT", "UPDATE", "DELETE"} <= set(audit.datenschutz)
    ledger = roles.rule_for("erasure_ledger")
    assert ledger.koordination == ("SELECT",)
    assert "INSERT" in ledger.datenschutz
    assert roles.rule_for("organisation").koordination == roles.READ_WRITE


def test_grant_statements_revoke_first_and_quote_names():
    sql = roles.grant_statements("public", 'wba "team"', ["audit_log", "organisation"])
    assert (
        sql[0]
        == 'GRANT CONNECT ON DATABASE "wba ""team""" TO "wba_koordination", "wba_datenschutz"'
    )
    audit = [s for s in sql if '"audit_log"' in s]
    assert audit[0].startswith("REVOKE ALL ON TABLE")
    assert 'GRANT INSERT ON TABLE "public"."audit_log" TO "wba_koordination"' in audit
    assert not any("SELECT, " in s and "wba_koordination" in s for s in audit)
    assert any("UPDATE ON ALL SEQUENCES" in s and "wba_datenschutz" in s for s in sql)
    assert not any("UPDATE ON ALL SEQUENCES" in s and "wba_koordination" in s for s in sql)
    assert any("MAINTAIN" in s for s in roles.grant_statements("public", "x", maintain=True))
