// One renderer of a step's SQL: for every step of the catalogue, in both directions, the
// statements the executor sends on a real database are the ones renderStep renders, and the
// preview shows those same statements.
#include "executor.h"
#include "planner.h"
#include "preview.h"
#include "state.h"
#include "stepsql.h"
#include "strategy.h"
#include "testdb.h"

#include <QSet>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

QString stepName(const PlanStep &s)
{
    return s.key.label() + (s.backwards ? QStringLiteral(" backwards") : QStringLiteral(" forwards"));
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// What the step sends, without Django's bookkeeping (DjangoRecorder's) and without operations
// that send nothing.
QStringList renderedSent(const StepSql &rendered)
{
    QStringList out;
    for (const RenderedStatement &s : rendered.statements) {
        if (s.role != RenderedStatement::Role::Bookkeeping && !s.sql.isEmpty())
            out << s.sql;
    }
    return out;
}

QStringList renderedAll(const StepSql &rendered)
{
    QStringList out = renderedSent(rendered);
    out += rendered.sql(RenderedStatement::Role::Bookkeeping);
    return out;
}

} // namespace

class TestStepSql : public QObject
{
    Q_OBJECT
private slots:
    void executorAndPreviewUseTheRenderedStatements()
    {
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        TestDatabase t(QStringLiteral("stepsql"));
        QVERIFY2(t.buildDemo(120), qPrintable(t.lastError()));
        RunOptions options;
        options.batchSize = 50; // several batches per data step
        options.now = QDateTime::currentDateTimeUtc();
        Executor executor(t.db(), catalogue);
        QMap<int, QStringList> sent;
        connect(&executor, &Executor::statementSent, this,
                [&](int index, const QString &sql) { sent[index] << sql; });
        QSet<QString> covered;

        auto check = [&](const Plan &plan) {
            const auto state = MigrationState::read(t.db(), nullptr);
            QVERIFY(state);
            const PreviewReport preview = Preview::analyse(t.db(), catalogue, *state, plan, options.now);
            QVERIFY2(preview.ok(), qPrintable(preview.error));
            QCOMPARE(preview.steps.size(), plan.steps.size());
            sent.clear();
            const RunResult r = executor.run(plan, options);
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (int i = 0; i < plan.steps.size(); ++i) {
                const PlanStep &step = plan.steps.at(i);
                const MigrationDefinition &def = *catalogue.find(step.key);
                const StepSql rendered = renderStep(def, step.backwards, options.now);
                const QString name = stepName(step);
                // Back past the schema step, the data step sends nothing: its values go with the
                // columns that step drops (covered below by the way back to 0003 alone).
                if (r.steps.at(i).droppedLater) {
                    QVERIFY2(sent.value(i).isEmpty(), qPrintable(name));
                    QVERIFY2(preview.steps.at(i).statements.isEmpty(), qPrintable(name));
                    continue;
                }
                if (def.isData()) {
                    // Per-batch statements run once per batch: the distinct texts are the renderer's.
                    QCOMPARE(toSet(sent.value(i)), toSet(renderedSent(rendered)));
                    QVERIFY2(r.steps.at(i).batches > 0 || step.backwards, qPrintable(name));
                } else {
                    QCOMPARE(sent.value(i), renderedSent(rendered));
                }
                QStringList shown;
                for (const StatementImpact &s : preview.steps.at(i).statements)
                    shown << s.sql;
                if (def.isData())
                    QCOMPARE(toSet(shown), toSet(renderedAll(rendered)));
                else
                    QCOMPARE(shown, renderedAll(rendered));
                covered.insert(name);
            }
        };

        auto plan = [&](const QString &app, const QString &target) {
            PlanError error;
            const auto state = MigrationState::read(t.db(), nullptr);
            const auto p = Planner::migrate(catalogue, *state, app, target, &error);
            if (!p)
                qWarning("no plan: %s", qPrintable(error.message));
            return p.value_or(Plan{});
        };

        // Forward with data, every app back to zero (the data steps set back what they filled),
        // and forward again from nothing (the steps up to 0002).
        check(plan(QString(), QString()));
        QStringList apps = strategy::apps();
        std::reverse(apps.begin(), apps.end());
        for (const QString &app : std::as_const(apps)) {
            if (strategy::findModel(app)) // the three apps with a data step
                check(plan(app, QStringLiteral("0003")));
            check(plan(app, QStringLiteral("zero")));
        }
        check(plan(QString(), QString()));

        for (const MigrationDefinition &def : catalogue.migrations()) {
            QVERIFY2(covered.contains(stepName({def.key, false})), qPrintable(def.key.label()));
            QVERIFY2(covered.contains(stepName({def.key, true})), qPrintable(def.key.label()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStepSql)
#include "test_stepsql.moc"
