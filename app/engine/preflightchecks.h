// The preflight's shared ground, for its two files (preflight.cpp: the checks that read the
// plan's tables, under ReadGuard; preflightsessions.cpp: the checks that read pg_locks and
// pg_stat_activity, which never wait): helpers and the base of both sets of checks.
// Thread rule: a check object lives for one Preflight::run, on the connection's thread.
#pragma once

#include "preflight.h"
#include "preview.h"

#include <QMap>
#include <QSqlDatabase>

namespace gma::preflightcheck {

// "2026-11-26 10:24:04 UTC", empty for no time.
QString timeText(const QVariant &v);
// Rows as text, times as timeText.
QList<QStringList> toText(const QList<QVariantList> &rows);

// The SQL statements of a step in the given direction, with their operation (data steps have none
// of their own).
QList<QPair<QString, QString>> statementsOf(const MigrationDefinition &def, bool backwards);

class CheckBase
{
public:
    CheckBase(QSqlDatabase &db, const MigrationCatalogue &catalogue, const Plan &plan,
              const PreflightOptions &options, PreflightReport &report)
        : m_db(db), m_catalogue(catalogue), m_plan(plan), m_options(options), m_report(report)
    {
    }

protected:
    // Rows listed per finding.
    int limit() const;
    void add(PreflightFinding f) { m_report.findings << std::move(f); }
    // Notes that check `id` ran.
    void ran(const char *id);

    QSqlDatabase &m_db;
    const MigrationCatalogue &m_catalogue;
    const Plan &m_plan;
    PreflightOptions m_options;
    PreflightReport &m_report;
};

// lock-holders and long-transactions.
class SessionChecks : public CheckBase
{
public:
    using CheckBase::CheckBase;
    void lockHolders();
    void longTransactions();

private:
    // The strongest lock the plan takes on each public table.
    QMap<QString, LockMode> neededLocks() const;
};

} // namespace gma::preflightcheck
