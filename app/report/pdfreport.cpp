#include "pdfreport.h"

#include "format.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

namespace gma::PdfReport {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's device space
constexpr double kMarginMm = 18.0;
constexpr double kHeaderMm = 12.0; // space above the body for the running header
constexpr double kFooterMm = 12.0;

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x52, 0x60, 0x6d);
const QColor kNavy(0x24, 0x3b, 0x53);
const QColor kRule(0xc5, 0xcc, 0xd3);
const QColor kHeadFill(0xee, 0xf1, 0xf4);
const QColor kPassFill(0xd3, 0xf9, 0xd8);
const QColor kPassInk(0x1b, 0x5e, 0x20);
const QColor kFailFill(0xff, 0xc9, 0xc9);
const QColor kFailInk(0x8b, 0x1a, 0x1a);
const QColor kSkipFill(0xe9, 0xec, 0xef);
const QColor kSkipInk(0x49, 0x50, 0x57);

double mm(double v)
{
    return v * kResolution / 25.4;
}

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont font(double pointSize, bool bold = false, const QString &family = QStringLiteral("DejaVu Sans"))
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QString statusCell(const CheckResult &c)
{
    QString fill = QStringLiteral("#e9ecef"), ink = QStringLiteral("#495057");
    if (c.status == CheckResult::Status::Pass) {
        fill = QStringLiteral("#d3f9d8");
        ink = QStringLiteral("#1b5e20");
    } else if (c.status == CheckResult::Status::Fail) {
        fill = QStringLiteral("#ffc9c9");
        ink = QStringLiteral("#8b1a1a");
    }
    return QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><span style=\"color:%2; "
                          "font-weight:bold\">%3</span></td>")
        .arg(fill, ink, c.statusText().toUpper());
}

const char *const kTable = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #c5ccd3; border-style: solid\">";

QString heading(const QString &text, bool pageBreak = false)
{
    // Qt's rich text ignores a heading's top margin after a table: a spacer paragraph keeps sections apart.
    return QStringLiteral("%1<h2 style=\"color:#243b53; font-size:13pt; margin-bottom:6pt;%2\">%3</h2>")
        .arg(pageBreak ? QString() : QStringLiteral("<p style=\"font-size:9pt\">&nbsp;</p>"),
             pageBreak ? QStringLiteral(" page-break-before: always") : QString(), e(text));
}

QString headRow(const QList<QPair<QString, int>> &columns)
{
    QString h = QStringLiteral("<thead><tr>");
    for (const auto &[title, width] : columns)
        h += QStringLiteral("<th bgcolor=\"#eef1f4\" align=\"left\" width=\"%1%\">%2</th>")
                 .arg(width)
                 .arg(e(title));
    return h + QStringLiteral("</tr></thead>");
}

// Draws `text` in `rect`, elided to one line.
void drawCell(QPainter &p, const QRectF &rect, const QString &text, const QFont &f, const QColor &ink,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(f);
    p.setPen(ink);
    const QRectF inner = rect.adjusted(mm(2.5), 0, -mm(2.5), 0);
    p.drawText(inner, int(align), p.fontMetrics().elidedText(text, Qt::ElideRight, int(inner.width())));
}

void drawTitlePage(QPainter &p, const ReportData &d, double pageW, double pageH)
{
    const ValidationResult &v = d.validation;
    const double left = mm(kMarginMm);
    const double width = pageW - 2 * left;

    // Band with the title.
    p.fillRect(QRectF(0, 0, pageW, mm(64)), kNavy);
    drawCell(p, QRectF(left - mm(2.5), mm(16), width, mm(8)), QStringLiteral("GMA MIGRATOR"), font(10, true),
             QColor(0x9f, 0xb3, 0xc8));
    drawCell(p, QRectF(left - mm(2.5), mm(25), width, mm(16)), QStringLiteral("Validation report"),
             font(28, true), Qt::white);
    drawCell(p, QRectF(left - mm(2.5), mm(43), width, mm(10)),
             QStringLiteral("Database %1 · migration state %2").arg(d.database, d.migrationState), font(13),
             QColor(0xd9, 0xe2, 0xec));

    // Overall result.
    const bool ok = v.ok();
    const int failed = v.count(CheckResult::Status::Fail);
    QRectF banner(left, mm(76), width, mm(24));
    QPainterPath path;
    path.addRoundedRect(banner, mm(2.5), mm(2.5));
    p.setPen(QPen(ok ? QColor(0x2f, 0x9e, 0x44) : QColor(0xc9, 0x2a, 0x2a), mm(0.5)));
    p.fillPath(path, ok ? QColor(0xe3, 0xf6, 0xe8) : QColor(0xfd, 0xe8, 0xe8));
    p.drawPath(path);
    QString headline;
    if (!v.error.isEmpty())
        headline = QStringLiteral("Validation could not run");
    else if (ok)
        headline = QStringLiteral("All applicable checks passed");
    else
        headline = QStringLiteral("%1 check%2 failed")
                       .arg(failed)
                       .arg(failed == 1 ? QString() : QStringLiteral("s"));
    const QColor ink = ok ? kPassInk : kFailInk;
    drawCell(p, QRectF(banner.left() + mm(3), banner.top() + mm(3), banner.width() - mm(6), mm(10)), headline,
             font(17, true), ink);
    QStringList failedIds;
    for (const CheckResult &c : v.checks) {
        if (c.status == CheckResult::Status::Fail)
            failedIds << c.id;
    }
    QString detail = QStringLiteral("%1 · checks took %2")
                         .arg(ReportWriter::summaryLine(v), format::duration(v.ms));
    if (!failedIds.isEmpty())
        detail = QStringLiteral("Failed: %1 · %2").arg(failedIds.join(QStringLiteral(", ")), detail);
    drawCell(p, QRectF(banner.left() + mm(3), banner.top() + mm(13), banner.width() - mm(6), mm(8)),
             v.error.isEmpty() ? detail : v.error, font(10), ink);

    // Facts.
    double y = mm(108);
    const double rowH = mm(8);
    const double labelW = mm(48);
    const QList<QPair<QString, QString>> facts{
        {QStringLiteral("Database"), d.database},
        {QStringLiteral("Connection"), d.connection},
        {QStringLiteral("Server version"), QStringLiteral("PostgreSQL ") + d.serverVersion},
        {QStringLiteral("User"), d.user},
        {QStringLiteral("Generated"), format::utcTime(d.generatedAt)},
        {QStringLiteral("Tool version"), QStringLiteral("GMA Migrator ") + d.toolVersion},
        {QStringLiteral("Migration state"), d.migrationState},
    };
    p.setPen(QPen(kRule, mm(0.25)));
    for (const auto &[label, value] : facts) {
        const QRectF labelRect(left, y, labelW, rowH);
        const QRectF valueRect(left + labelW, y, width - labelW, rowH);
        p.fillRect(labelRect, kHeadFill);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawRect(labelRect);
        p.drawRect(valueRect);
        drawCell(p, labelRect, label, font(10, true), kInk);
        drawCell(p, valueRect, value, font(10), kInk);
        y += rowH;
    }

    // Recorded migrations per app.
    y += mm(8);
    drawCell(p, QRectF(left - mm(2.5), y, width, mm(8)), QStringLiteral("Recorded migrations"),
             font(12, true), kNavy);
    y += mm(9);
    const double appW = mm(36), whenW = mm(52);
    const QRectF head1(left, y, appW, rowH), head2(left + appW, y, width - appW - whenW, rowH),
        head3(left + width - whenW, y, whenW, rowH);
    for (const QRectF &r : {head1, head2, head3}) {
        p.fillRect(r, kHeadFill);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawRect(r);
    }
    drawCell(p, head1, QStringLiteral("App"), font(9.5, true), kInk);
    drawCell(p, head2, QStringLiteral("Latest migration"), font(9.5, true), kInk);
    drawCell(p, head3, QStringLiteral("Applied"), font(9.5, true), kInk);
    y += rowH;
    const double appRowH = mm(7);
    for (const AppStateRow &a : d.apps) {
        const QRectF r1(left, y, appW, appRowH), r2(left + appW, y, width - appW - whenW, appRowH),
            r3(left + width - whenW, y, whenW, appRowH);
        p.setPen(QPen(kRule, mm(0.25)));
        for (const QRectF &r : {r1, r2, r3})
            p.drawRect(r);
        drawCell(p, r1, a.app, font(9.5), kInk);
        drawCell(p, r2, a.latest.isEmpty() ? QStringLiteral("none") : a.latest, font(9.5),
                 a.latest.isEmpty() ? kMuted : kInk);
        drawCell(p, r3, a.appliedAt.isValid() ? format::utcTime(a.appliedAt) : QString(), font(9.5),
                 kInk);
        y += appRowH;
    }

    // Contents.
    y += mm(8);
    if (y < pageH - mm(50)) {
        drawCell(p, QRectF(left - mm(2.5), y, width, mm(8)), QStringLiteral("Contents"), font(12, true),
                 kNavy);
        y += mm(9);
        const QStringList sections{QStringLiteral("Checks: %1").arg(ReportWriter::summaryLine(v)),
                                   QStringLiteral("Audit-field population per model"),
                                   QStringLiteral("Run history (%1 runs)").arg(d.history.size()),
                                   QStringLiteral("Backups (%1 in the catalogue)").arg(d.backups.size()),
                                   QStringLiteral("Queries: the exact SQL of each check")};
        int i = 0;
        for (const QString &s : sections) {
            drawCell(p, QRectF(left, y, width, mm(6)), QStringLiteral("%1.  %2").arg(++i).arg(s), font(10),
                     kInk);
            y += mm(6);
        }
    }
}

void drawRunningHeader(QPainter &p, const ReportData &d, double pageW, double pageH, int page, int pages)
{
    const double left = mm(kMarginMm);
    const double width = pageW - 2 * left;
    const QFont small = font(8);
    p.setFont(small);
    if (page > 1) {
        p.setPen(kMuted);
        const QRectF header(left, mm(kMarginMm - 8), width, mm(6));
        p.drawText(header, int(Qt::AlignLeft | Qt::AlignBottom),
                   QStringLiteral("Validation report · %1").arg(d.database));
        p.drawText(header, int(Qt::AlignRight | Qt::AlignBottom),
                   QStringLiteral("GMA Migrator %1").arg(d.toolVersion));
        p.setPen(QPen(kRule, mm(0.3)));
        p.drawLine(QPointF(left, mm(kMarginMm - 1)), QPointF(left + width, mm(kMarginMm - 1)));
    }
    p.setPen(QPen(kRule, mm(0.3)));
    const QRectF footer(left, pageH - mm(kMarginMm) + mm(2), width, mm(6));
    p.drawLine(QPointF(left, footer.top()), QPointF(left + width, footer.top()));
    p.setPen(kMuted);
    p.drawText(footer, int(Qt::AlignLeft | Qt::AlignVCenter),
               QStringLiteral("Generated %1").arg(format::utcTime(d.generatedAt)));
    p.drawText(footer, int(Qt::AlignRight | Qt::AlignVCenter),
               QStringLiteral("Page %1 of %2").arg(page).arg(pages));
}

QtMessageHandler g_previousHandler = nullptr;

// A command-line process has no session runtime folder; Qt's notice about it is noise there.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        g_previousHandler = qInstallMessageHandler(quietHandler);
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

QString richChecks(const ReportData &d)
{
    const ValidationResult &v = d.validation;
    QString h;
    // Checks.
    h += heading(QStringLiteral("1. Checks"));
    h += QStringLiteral(
             "<p style=\"color:#52606d\">%1. Skipped checks do not apply to the recorded state or lack "
             "what they compare with; the reason is given. The SQL of each check is listed in section 5.</p>")
             .arg(e(ReportWriter::summaryLine(v)));
    h += QLatin1String(kTable);
    h += headRow({{QStringLiteral("#"), 4},
                  {QStringLiteral("Check"), 33},
                  {QStringLiteral("Status"), 9},
                  {QStringLiteral("Expected"), 27},
                  {QStringLiteral("Actual"), 27}});
    int n = 0;
    for (const CheckResult &c : v.checks) {
        h += QStringLiteral(
                 "<tr><td>%1</td><td><b>%2</b><br><span style=\"color:#52606d; font-size:7.5pt\">%3</span>")
                 .arg(++n)
                 .arg(e(c.name), e(c.id));
        if (!c.reason.isEmpty())
            h +=
                QStringLiteral("<br><span style=\"color:#52606d; font-size:8pt\">%1</span>").arg(e(c.reason));
        h += QStringLiteral("</td>") + statusCell(c);
        const bool fail = c.status == CheckResult::Status::Fail;
        h += QStringLiteral("<td>%1</td><td%2>%3</td></tr>")
                 .arg(e(c.expected), fail ? QStringLiteral(" bgcolor=\"#fff5f5\"") : QString(),
                      fail ? QStringLiteral("<span style=\"color:#8b1a1a; font-weight:bold\">%1</span>")
                                 .arg(e(c.actual))
                           : e(c.actual));
    }
    h += QStringLiteral("</table>");
    return h;
}

QString richAudit(const ReportData &d)
{
    QString h;
    // Audit population.
    h += heading(QStringLiteral("2. Audit-field population per model"));
    h += QLatin1String(kTable);
    h += headRow({{QStringLiteral("Model"), 22},
                  {QStringLiteral("Rows"), 10},
                  {QStringLiteral("created_by NULL"), 17},
                  {QStringLiteral("modified_by NULL"), 17},
                  {QStringLiteral("created_at NULL"), 17},
                  {QStringLiteral("updated_at NULL"), 17}});
    for (const ModelAudit &m : d.audit) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>")
                 .arg(e(m.model), m.tableExists ? QString::number(m.rows) : QStringLiteral("no table"));
        for (const AuditFieldStat &f : m.fields) {
            if (!f.present) {
                h += QStringLiteral("<td><span style=\"color:#7b8794\">no column</span></td>");
                continue;
            }
            h += QStringLiteral("<td align=\"right\"%1>%2 (%3%)</td>")
                     .arg(f.nulls > 0 ? QStringLiteral(" bgcolor=\"#fff3bf\"") : QString())
                     .arg(f.nulls)
                     .arg(100.0 * m.nullShare(f), 0, 'f', 1);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

QString richHistory(const ReportData &d)
{
    QString h;
    // History.
    h += heading(QStringLiteral("3. Run history"));
    if (d.history.isEmpty()) {
        h += QStringLiteral("<p style=\"color:#7b8794\">No runs recorded by the tool.</p>");
    } else {
        h += QStringLiteral("<p style=\"color:#52606d\">Newest first; times in UTC.</p>");
        h += QString::fromLatin1(kTable).replace(QStringLiteral("border-style: solid"),
                                                 QStringLiteral("border-style: solid; font-size: 7.5pt"));
        h += headRow({{QStringLiteral("Started"), 15},
                      {QStringLiteral("User"), 10},
                      {QStringLiteral("Direction"), 11},
                      {QStringLiteral("Migration"), 37},
                      {QStringLiteral("Duration"), 10},
                      {QStringLiteral("Rows"), 7},
                      {QStringLiteral("Outcome"), 10}});
        for (const HistoryEntry &r : d.history) {
            const bool good = r.outcome == QLatin1String("success");
            h +=
                QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b><br>%5</td><td align=\"right\">%6</td>"
                    "<td align=\"right\">%7</td><td%8>%9</td></tr>")
                    .arg(e(r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), e(r.dbUser),
                         e(r.direction), e(r.key.app), e(r.key.name),
                         e(format::duration(r.durationMs)), QString::number(r.rowsAffected),
                         good ? QString() : QStringLiteral(" bgcolor=\"#ffc9c9\""),
                         e(r.outcome + (r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message)));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

QString richBackups(const ReportData &d)
{
    QString h;
    // Backups.
    h += heading(QStringLiteral("4. Backups"));
    if (d.backups.isEmpty()) {
        h += QStringLiteral("<p style=\"color:#7b8794\">No backup in the catalogue.</p>");
    } else {
        h += QLatin1String(kTable);
        h += headRow({{QStringLiteral("#"), 5},
                      {QStringLiteral("Taken"), 20},
                      {QStringLiteral("File"), 33},
                      {QStringLiteral("Size"), 10},
                      {QStringLiteral("Verified"), 9},
                      {QStringLiteral("Row counts"), 23}});
        for (const BackupRecord &b : d.backups) {
            QStringList counts;
            for (auto it = b.rowCounts.begin(); it != b.rowCounts.end(); ++it)
                counts << QStringLiteral("%1 %2").arg(e(it.key())).arg(it.value().toLongLong());
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2<br><span style=\"color:#52606d\">%3</span></td><td>%4<br>"
                     "<span style=\"color:#52606d; font-size:7.5pt\">%5 · sha256 %6</span></td>"
                     "<td align=\"right\">%7</td><td>%8</td><td>%9</td></tr>")
                     .arg(b.id)
                     .arg(e(format::utcTime(b.takenAt)), e(b.dbUser), e(b.path), e(b.format),
                          e(b.sha256.left(16)), e(format::bytes(b.sizeBytes)),
                          b.verified ? QStringLiteral("yes") : QStringLiteral("no"),
                          counts.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }
    for (const QString &w : d.warnings)
        h += QStringLiteral("<p style=\"color:#8b1a1a\">Note: %1</p>").arg(e(w));
    return h;
}

QString richQueries(const ReportData &d)
{
    const ValidationResult &v = d.validation;
    QString h;
    // Queries.
    h += heading(QStringLiteral("5. Queries"), true);
    h += QStringLiteral(
        "<p style=\"color:#52606d\">The exact SQL each check ran, in the order of section 1.</p>");
    int n = 0;
    for (const CheckResult &c : v.checks) {
        ++n;
        if (c.sql.isEmpty())
            continue;
        h += QStringLiteral("<p style=\"margin-top:8pt; margin-bottom:2pt\"><b>%1. %2</b> "
                            "<span style=\"color:#52606d; font-size:7.5pt\">%3</span></p>")
                 .arg(n)
                 .arg(e(c.name), e(c.id));
        h += QStringLiteral(
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                 "style=\"border-collapse: "
                 "collapse; border-color: #e1e4e8; border-style: solid\"><tr><td bgcolor=\"#f6f8fa\">"
                 "<pre style=\"font-family:'DejaVu Sans Mono'; font-size:7pt\">%1</pre></td></tr></table>")
                 .arg(e(c.sql));
    }
    return h;
}

} // namespace

QString bodyRichText(const ReportData &d)
{
    QString h = QStringLiteral("<html><body style=\"color:#1f2933\">");

    h += richChecks(d);
    h += richAudit(d);
    h += richHistory(d);
    h += richBackups(d);
    h += richQueries(d);
    h += QStringLiteral("</body></html>");
    return h;
}

bool write(const ReportData &data, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("A PDF report needs the graphical part of Qt: create a QGuiApplication "
                                    "(PdfReport::makeApplication) before rendering.");
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = QStringLiteral(
                         "Cannot write the report %1: the folder does not exist; choose an existing folder.")
                         .arg(path);
        return false;
    }
    // Owner-only: a report names the database, its users and its rows.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("Cannot write the report %1: %2; choose a writable location.")
                         .arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("%1 — %2").arg(data.title, data.database));
    writer.setCreator(QStringLiteral("GMA Migrator %1").arg(data.toolVersion));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error =
                QStringLiteral(
                    "Cannot write the report %1: the file cannot be created; choose a writable location.")
                    .arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double pageW = writer.width();
    const double pageH = writer.height();

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(8.5));
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral("th { font-weight: bold; } td { vertical-align: top; }"));
    doc.setHtml(bodyRichText(data));
    const double bodyW = pageW - 2 * mm(kMarginMm);
    const double bodyH = pageH - 2 * mm(kMarginMm) - mm(kHeaderMm - 8) - mm(kFooterMm - 8);
    doc.setPageSize(QSizeF(bodyW, bodyH));
    const int bodyPages = doc.pageCount();
    const int pages = bodyPages + 1;

    drawTitlePage(painter, data, pageW, pageH);
    drawRunningHeader(painter, data, pageW, pageH, 1, pages);
    const double bodyTop = mm(kMarginMm) + mm(kHeaderMm - 8);
    for (int i = 0; i < bodyPages; ++i) {
        writer.newPage();
        drawRunningHeader(painter, data, pageW, pageH, i + 2, pages);
        painter.save();
        painter.translate(mm(kMarginMm), bodyTop - i * bodyH);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * bodyH, bodyW, bodyH);
        ctx.palette.setColor(QPalette::Text, kInk);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = QStringLiteral("Cannot finish the report %1; check the free disk space.").arg(path);
        return false;
    }
    return true;
}

} // namespace gma::PdfReport
