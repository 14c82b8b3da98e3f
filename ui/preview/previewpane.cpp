#include "previewpane.h"

#include "sqlhighlighter.h"
#include "stepsql.h"
#include "style.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gma::ui {

PreviewPane::PreviewPane(const MigrationCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select a migration or an app in the tree to see its SQL."), this);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    m_title->setFont(tf);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    auto *top = new QHBoxLayout;
    auto *dirLabel = new QLabel(tr("&Direction:"), this);
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Forward (apply)"));
    m_direction->addItem(tr("Backward (unapply)"));
    m_direction->setToolTip(tr("Show the SQL that applies the selection, or the SQL that undoes it."));
    dirLabel->setBuddy(m_direction);
    top->addWidget(dirLabel);
    top->addWidget(m_direction);
    m_rehearse = new QPushButton(style::icon(QStringLiteral("rehearse")), tr("&Rehearse"), this);
    m_rehearse->setToolTip(tr("Rehearse on a copy restored from a backup: the plan and its reverse run and are "
                              "checked there, each step's rows and timings reported; the database itself is neither "
                              "changed nor locked (Ctrl+R)."));
    top->addWidget(m_rehearse);
    top->addStretch(1);
    layout->addLayout(top);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_details);

    m_tabs = new QTabWidget(this);
    m_sql = new QPlainTextEdit(m_tabs);
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setAccessibleName(tr("SQL of the selection"));
    m_highlighter = new SqlHighlighter(m_sql->document());
    m_tabs->addTab(m_sql, style::icon(QStringLiteral("sql")), tr("SQL"));

    m_rehearsal = new QTreeWidget(m_tabs);
    m_rehearsal->setHeaderLabels({tr("Step / statement"), tr("Rows"), tr("Time")});
    m_rehearsal->header()->setStretchLastSection(false);
    m_rehearsal->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rehearsal->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rehearsal->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rehearsal->setAlternatingRowColors(true);
    m_rehearsal->setAccessibleName(tr("Rehearsal results"));
    m_tabs->addTab(m_rehearsal, style::icon(QStringLiteral("rehearse")), tr("Rehearsal"));
    layout->addWidget(m_tabs, 1);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        render();
        emit directionChanged(backwards());
    });
    connect(m_rehearse, &QPushButton::clicked, this, &PreviewPane::rehearseRequested);
    render();
}

void PreviewPane::setAnalysisWidget(QWidget *widget, const QString &title)
{
    m_tabs->insertTab(1, widget, title);
}

bool PreviewPane::backwards() const
{
    return m_direction->currentIndex() == 1;
}

void PreviewPane::setBackwards(bool backwards)
{
    m_direction->setCurrentIndex(backwards ? 1 : 0);
}

QString PreviewPane::sqlText() const
{
    return m_sql->toPlainText();
}

void PreviewPane::updateColors()
{
    m_highlighter->updateColors();
}

void PreviewPane::showMigrations(const QString &title, const QList<MigrationKey> &keys)
{
    m_title->setText(title);
    m_keys = keys;
    render();
}

void PreviewPane::clear()
{
    m_keys.clear();
    m_title->setText(tr("Select a migration or an app in the tree to see its SQL."));
    render();
}

QString PreviewPane::migrationSql(const MigrationDefinition &def, bool backwards)
{
    // The statements exactly as the executor sends them (one renderer for both).
    const StepSql step = renderStep(def, backwards, QDateTime::currentDateTimeUtc());
    if (!def.isData() && step.sql(RenderedStatement::Role::Schema).join(QString()).isEmpty())
        return tr("-- %1%2: no SQL (a change of Django model options only); only django_migrations is updated.\n")
            .arg(def.key.label(), backwards ? tr(" (backwards)") : QString());
    QString out;
    if (def.isData()) {
        out += backwards ? tr("-- Sets back to NULL only the values this data step filled, as recorded batch by batch;\n"
                              "-- values the application wrote since stay.\n")
                         : tr("-- Fills NULL %1 of %2 with the row's owner, in primary-key batches, each its own short\n"
                              "-- transaction. Values already set are never overwritten.\n")
                               .arg(def.populate.fields.join(QStringLiteral(", ")), def.populate.table);
    }
    return out + step.script();
}

void PreviewPane::render()
{
    const bool back = backwards();
    QString text;
    QStringList details;
    QList<MigrationKey> keys = m_keys;
    if (back)
        std::reverse(keys.begin(), keys.end());
    for (const MigrationKey &key : std::as_const(keys)) {
        const MigrationDefinition *def = m_catalogue.find(key);
        if (!def)
            continue;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += QStringLiteral("-- ======== %1%2 ========\n").arg(key.label(), back ? tr(" (backwards)") : QString());
        text += migrationSql(*def, back);
    }
    if (m_keys.size() == 1) {
        if (const MigrationDefinition *def = m_catalogue.find(m_keys.first())) {
            QStringList deps;
            for (const MigrationKey &d : def->dependencies)
                deps << d.label().toHtmlEscaped();
            details << tr("<b>Kind:</b> %1").arg(def->isData() ? tr("data step (batched)") : tr("schema step (one transaction)"));
            details << tr("<b>Depends on:</b> %1").arg(deps.isEmpty() ? tr("nothing") : deps.join(QStringLiteral(", ")));
            if (!def->tables.isEmpty())
                details << tr("<b>Tables:</b> %1").arg(def->tables.join(QStringLiteral(", ")).toHtmlEscaped());
            const QStringList what = def->isData()
                                         ? QStringList{back ? tr("sets back to NULL the %1 values it filled in %2")
                                                                  .arg(def->populate.fields.join(QStringLiteral(", ")),
                                                                       def->populate.table)
                                                            : tr("fills NULL %1 of %2 with the row's owner")
                                                                  .arg(def->populate.fields.join(QStringLiteral(", ")),
                                                                       def->populate.table)}
                                         : def->descriptionTexts(back);
            if (!what.isEmpty())
                details << tr("<b>Does:</b> %1").arg(what.join(QStringLiteral("; ")).toHtmlEscaped());
        }
    } else if (!m_keys.isEmpty()) {
        details << tr("%n migration(s)", nullptr, int(m_keys.size()));
    }
    m_details->setText(details.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_details->setVisible(!details.isEmpty());
    m_sql->setPlainText(text.isEmpty() ? tr("-- Nothing selected.") : text);
}

void PreviewPane::setRehearsing(bool running)
{
    m_rehearse->setEnabled(!running);
    m_rehearse->setText(running ? tr("Rehearsing...") : tr("&Rehearse"));
    if (running) {
        m_rehearsal->clear();
        auto *item = new QTreeWidgetItem(m_rehearsal);
        item->setText(0, tr("Rehearsing: running the plan in one transaction that will be rolled back..."));
        m_tabs->setCurrentWidget(m_rehearsal);
    }
}

void PreviewPane::setRehearseEnabled(bool enabled, const QString &why)
{
    m_rehearse->setEnabled(enabled);
    if (!why.isEmpty())
        m_rehearse->setToolTip(why);
}

void PreviewPane::showRehearsal(const RunResult &result)
{
    m_rehearsal->clear();
    auto ms = [](qint64 v) { return tr("%1 ms").arg(QLocale().toString(v)); };
    qint64 totalMs = 0;
    for (const StepResult &s : result.steps) {
        auto *step = new QTreeWidgetItem(m_rehearsal);
        step->setText(0, (s.step.backwards ? tr("Unapply %1") : tr("Apply %1")).arg(s.step.key.label()));
        step->setIcon(0, style::icon(s.ok ? QStringLiteral("state-applied") : QStringLiteral("state-failed")));
        step->setText(1, s.rows > 0 || s.batches > 0 ? QLocale().toString(s.rows) : QString());
        step->setText(2, ms(s.ms));
        step->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        step->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QFont f = step->font(0);
        f.setBold(true);
        step->setFont(0, f);
        totalMs += s.ms;
        if (!s.ok)
            step->setToolTip(0, s.error);
        for (const StatementResult &st : s.statements) {
            auto *child = new QTreeWidgetItem(step);
            QString sqlLine = st.sql.simplified();
            if (sqlLine.size() > 160)
                sqlLine = sqlLine.left(157) + QStringLiteral("...");
            child->setText(0, sqlLine);
            child->setToolTip(0, st.sql);
            child->setText(1, st.rows > 0 ? QLocale().toString(st.rows) : QString());
            child->setText(2, ms(st.ms));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        step->setExpanded(!s.statements.isEmpty() && s.statements.size() <= 12);
    }
    auto *summary = new QTreeWidgetItem(m_rehearsal);
    if (result.ok())
        summary->setText(0, tr("Rehearsal finished: everything was rolled back; the database is unchanged."));
    else
        summary->setText(0, tr("Rehearsal stopped: %1 Everything was rolled back.").arg(result.error));
    summary->setText(2, ms(totalMs));
    summary->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    summary->setIcon(0, style::icon(result.ok() ? QStringLiteral("state-applied") : QStringLiteral("state-failed")));
    m_tabs->setCurrentWidget(m_rehearsal);
}

} // namespace gma::ui
