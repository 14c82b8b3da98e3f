#include "pdfreport.h"

#include "fleetreport.h"
#include "format.h"
#include "reporttables.h"
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
#include <functional>

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
const QColor kPassInk(0x1b, 0x5e, 0x20);
const QColor kFailInk(0x8b, 0x1a, 0x1a);

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

QString headRow(const QList<ReportColumn> &columns)
{
    QString h = QStringLiteral("<thead><tr>");
    for (const ReportColumn &c : columns)
        h += QStringLiteral("<th bgcolor=\"#eef1f4\" align=\"left\" width=\"%1%\">%2</th>")
                 .arg(c.widthPercent)
                 .arg(e(c.title));
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

// The title band and the verdict banner of the title page.
// The title band: the product, the report's kind and one line on what it covers.
void drawBand(QPainter &p, const QString &kind, const QString &line, double left, double width, double pageW)
{
    p.fillRect(QRectF(0, 0, pageW, mm(64)), kNavy);
    drawCell(p, QRectF(left - mm(2.5), mm(16), width, mm(8)), QStringLiteral("GMA MIGRATOR"), font(10, true),
             QColor(0x9f, 0xb3, 0xc8));
    drawCell(p, QRectF(left - mm(2.5), mm(25), width, mm(16)), kind, font(28, true), Qt::white);
    drawCell(p, QRectF(left - mm(2.5), mm(43), width, mm(10)), line, font(13), QColor(0xd9, 0xe2, 0xec));
}

// The verdict banner under the band: a headline and a line of detail, green or red.
void drawBanner(QPainter &p, bool ok, const QString &headline, const QString &detail, double left, double width)
{
    QRectF banner(left, mm(76), width, mm(24));
    QPainterPath path;
    path.addRoundedRect(banner, mm(2.5), mm(2.5));
    p.setPen(QPen(ok ? QColor(0x2f, 0x9e, 0x44) : QColor(0xc9, 0x2a, 0x2a), mm(0.5)));
    p.fillPath(path, ok ? QColor(0xe3, 0xf6, 0xe8) : QColor(0xfd, 0xe8, 0xe8));
    p.drawPath(path);
    const QColor ink = ok ? kPassInk : kFailInk;
    drawCell(p, QRectF(banner.left() + mm(3), banner.top() + mm(3), banner.width() - mm(6), mm(10)), headline,
             font(17, true), ink);
    drawCell(p, QRectF(banner.left() + mm(3), banner.top() + mm(13), banner.width() - mm(6), mm(8)), detail,
             font(10), ink);
}

void drawVerdict(QPainter &p, const ReportData &d, double left, double width, double pageW)
{
    const ValidationResult &v = d.validation;
    drawBand(p,
             d.deployment.stages.isEmpty()
                 ? QCoreApplication::translate("gma::PdfReport", "Validation report")
                 : QCoreApplication::translate("gma::PdfReport", "Deployment report"),
             QCoreApplication::translate("gma::PdfReport", "Database %1 · migration state %2")
                 .arg(d.database, d.migrationState),
             left, width, pageW);
    const int failed = v.count(CheckResult::Status::Fail);
    QString headline;
    if (!v.error.isEmpty())
        headline = QCoreApplication::translate("gma::PdfReport", "Validation could not run");
    else if (v.ok())
        headline = QCoreApplication::translate("gma::PdfReport", "All applicable checks passed");
    else
        headline = failed == 1 ? QCoreApplication::translate("gma::PdfReport", "1 check failed")
                               : QCoreApplication::translate("gma::PdfReport", "%1 checks failed")
                                     .arg(format::count(failed, QLocale()));
    QStringList failedIds;
    for (const CheckResult &c : v.checks) {
        if (c.status == CheckResult::Status::Fail)
            failedIds << c.id;
    }
    QString detail = QCoreApplication::translate("gma::PdfReport", "%1 · checks took %2")
                         .arg(ReportWriter::summaryLine(v), format::duration(v.ms, QLocale()));
    if (!failedIds.isEmpty())
        detail = QCoreApplication::translate("gma::PdfReport", "Failed: %1 · %2")
                     .arg(failedIds.join(QStringLiteral(", ")), detail);
    if (!d.deployment.stages.isEmpty()) {
        // A deployment report leads with the deployment's outcome; the checks follow in the body.
        drawBanner(p, d.deployment.ok,
                   d.deployment.ok ? QCoreApplication::translate("gma::PdfReport", "Deployed")
                                   : QCoreApplication::translate("gma::PdfReport", "Not deployed"),
                   QCoreApplication::translate("gma::PdfReport", "%1 · checks: %2")
                       .arg(d.deployment.outcome, ReportWriter::summaryLine(v)),
                   left, width);
        return;
    }
    drawBanner(p, v.ok(), headline, v.error.isEmpty() ? detail : v.error, left, width);
}

// One ruled row of cells whose widths are given in percent of `width`; returns the next row's top.
double drawRow(QPainter &p, double left, double y, double width, double height,
               const QList<ReportColumn> &columns, const QList<ReportCell> &cells, bool head)
{
    double x = left;
    for (int i = 0; i < columns.size(); ++i) {
        const QRectF r(x, y, width * columns.at(i).widthPercent / 100.0, height);
        if (head)
            p.fillRect(r, kHeadFill);
        p.setPen(QPen(kRule, mm(0.25)));
        p.drawRect(r);
        const ReportCell c = i < cells.size() ? cells.at(i) : ReportCell();
        drawCell(p, r, head ? columns.at(i).title : c.text, font(9.5, head || c.strong),
                 c.tone == ReportCell::Tone::Muted ? kMuted : kInk);
        x += r.width();
    }
    return y + height;
}

void drawTitlePage(QPainter &p, const ReportData &d, double pageW, double pageH)
{
    const double left = mm(kMarginMm);
    const double width = pageW - 2 * left;
    drawVerdict(p, d, left, width, pageW);

    double y = mm(108);
    const QList<ReportColumn> factColumns{{QString(), 28}, {QString(), 72}};
    for (const auto &[label, value] : ReportTables::facts(d)) {
        ReportCell l;
        l.text = label;
        l.strong = true;
        ReportCell r;
        r.text = value;
        y = drawRow(p, left, y, width, mm(8), factColumns, {l, r}, false);
    }

    y += mm(8);
    drawCell(p, QRectF(left - mm(2.5), y, width, mm(8)),
             QCoreApplication::translate("gma::PdfReport", "Recorded migrations"), font(12, true), kNavy);
    y += mm(9);
    const ReportTable apps = ReportTables::apps(d);
    y = drawRow(p, left, y, width, mm(8), apps.columns, {}, true);
    for (const QList<ReportCell> &row : apps.rows)
        y = drawRow(p, left, y, width, mm(7), apps.columns, row, false);

    y += mm(8);
    if (y >= pageH - mm(50))
        return;
    drawCell(p, QRectF(left - mm(2.5), y, width, mm(8)),
             QCoreApplication::translate("gma::PdfReport", "Contents"), font(12, true), kNavy);
    y += mm(9);
    QStringList sections;
    if (!d.deployment.stages.isEmpty())
        sections << QCoreApplication::translate("gma::PdfReport", "Deployment: %Ln stage(s)", nullptr,
                                                int(d.deployment.stages.size()));
    sections +=
        QStringList{QCoreApplication::translate("gma::PdfReport", "Checks: %1")
                        .arg(ReportWriter::summaryLine(d.validation)),
                    ReportTables::audit(d).title,
                    QCoreApplication::translate("gma::PdfReport", "Run history (%Ln run(s))", nullptr,
                                                int(d.history.size())),
                    QCoreApplication::translate("gma::PdfReport", "Backups (%1 in the catalogue)")
                        .arg(format::count(d.backups.size(), QLocale())),
                    QCoreApplication::translate("gma::PdfReport", "Queries: the exact SQL of each check")};
    int i = 0;
    for (const QString &s : sections) {
        drawCell(p, QRectF(left, y, width, mm(6)), QStringLiteral("%1.  %2").arg(++i).arg(s), font(10), kInk);
        y += mm(6);
    }
}

// What every page's header and footer say.
struct Frame
{
    QString header; // "Validation report · gma"
    QString toolVersion;
    QDateTime generatedAt;
};

void drawRunningHeader(QPainter &p, const Frame &f, double pageW, double pageH, int page, int pages)
{
    const double left = mm(kMarginMm);
    const double width = pageW - 2 * left;
    const QFont small = font(8);
    p.setFont(small);
    if (page > 1) {
        p.setPen(kMuted);
        const QRectF header(left, mm(kMarginMm - 8), width, mm(6));
        p.drawText(header, int(Qt::AlignLeft | Qt::AlignBottom), f.header);
        p.drawText(header, int(Qt::AlignRight | Qt::AlignBottom),
                   QCoreApplication::translate("gma::PdfReport", "GMA Migrator %1").arg(f.toolVersion));
        p.setPen(QPen(kRule, mm(0.3)));
        p.drawLine(QPointF(left, mm(kMarginMm - 1)), QPointF(left + width, mm(kMarginMm - 1)));
    }
    p.setPen(QPen(kRule, mm(0.3)));
    const QRectF footer(left, pageH - mm(kMarginMm) + mm(2), width, mm(6));
    p.drawLine(QPointF(left, footer.top()), QPointF(left + width, footer.top()));
    p.setPen(kMuted);
    p.drawText(
        footer, int(Qt::AlignLeft | Qt::AlignVCenter),
        QCoreApplication::translate("gma::PdfReport", "Generated %1").arg(format::utcTime(f.generatedAt)));
    p.drawText(footer, int(Qt::AlignRight | Qt::AlignVCenter),
               QCoreApplication::translate("gma::PdfReport", "Page %1 of %2").arg(page).arg(pages));
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

// The checks under the heading `number. Checks`; `sqlNote` says where the checks' SQL is.
QString richChecks(const ReportData &d, const QString &number, const QString &sqlNote)
{
    const ValidationResult &v = d.validation;
    QString h = heading(QCoreApplication::translate("gma::PdfReport", "%1. Checks").arg(number));
    h += QStringLiteral("<p style=\"color:#52606d\">%1</p>")
             .arg(e(QCoreApplication::translate(
                        "gma::PdfReport", "%1. Skipped checks do not apply to the recorded state or lack "
                                          "what they compare with; the reason is given. %2")
                        .arg(ReportWriter::summaryLine(v), sqlNote)));
    h += QLatin1String(kTable);
    h += headRow({{QStringLiteral("#"), 4},
                  {QCoreApplication::translate("gma::PdfReport", "Check"), 33},
                  {QCoreApplication::translate("gma::PdfReport", "Status"), 9},
                  {QCoreApplication::translate("gma::PdfReport", "Expected"), 27},
                  {QCoreApplication::translate("gma::PdfReport", "Actual"), 27}});
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

QString richCell(const ReportCell &c)
{
    QString attrs;
    if (c.number)
        attrs += QStringLiteral(" align=\"right\"");
    if (c.tone == ReportCell::Tone::Warn)
        attrs += QStringLiteral(" bgcolor=\"#fff3bf\"");
    else if (c.tone == ReportCell::Tone::Bad)
        attrs += QStringLiteral(" bgcolor=\"#ffc9c9\"");
    QString text = e(c.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (c.tone == ReportCell::Tone::Muted)
        text = QStringLiteral("<span style=\"color:#7b8794\">%1</span>").arg(text);
    if (c.strong)
        text = QStringLiteral("<b>%1</b>").arg(text);
    if (!c.note.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#52606d; font-size:7.5pt\">%1</span>").arg(e(c.note));
    return QStringLiteral("<td%1>%2</td>").arg(attrs, text);
}

// A section of the body: its numbered heading, then the table (in `fontSize` when given).
QString richTable(const ReportTable &t, const QString &number, const QString &fontSize = QString(),
                  bool pageBreak = false)
{
    QString h = heading(QStringLiteral("%1. %2").arg(number, t.title), pageBreak);
    if (t.rows.isEmpty())
        return h + QStringLiteral("<p style=\"color:#7b8794\">%1</p>").arg(e(t.empty));
    if (!t.intro.isEmpty())
        h += QStringLiteral("<p style=\"color:#52606d\">%1</p>").arg(e(t.intro));
    QString table = QString::fromLatin1(kTable);
    if (!fontSize.isEmpty())
        table.replace(QStringLiteral("border-style: solid"),
                      QStringLiteral("border-style: solid; font-size: %1").arg(fontSize));
    h += table;
    h += headRow(t.columns);
    for (const QList<ReportCell> &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (const ReportCell &c : row)
            h += richCell(c);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString richQueries(const ReportData &d, const QString &number)
{
    const ValidationResult &v = d.validation;
    QString h;
    // Queries.
    h += heading(QCoreApplication::translate("gma::PdfReport", "%1. Queries").arg(number), true);
    h += QStringLiteral("<p style=\"color:#52606d\">%1</p>")
             .arg(e(QCoreApplication::translate("gma::PdfReport",
                                                "The exact SQL each check ran, in the order of section 1.")));
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

    // A deployment report starts with the deployment's stages; the other sections follow it.
    const int first = d.deployment.stages.isEmpty() ? 1 : 2;
    const auto n = [first](int i) { return QString::number(first + i); };
    if (first == 2)
        h += richTable(ReportTables::deployment(d), QStringLiteral("1"), QStringLiteral("7.5pt"));
    h += richChecks(
        d, n(0),
        QCoreApplication::translate("gma::PdfReport", "The SQL of each check is listed in section %1.")
            .arg(n(4)));
    h += richTable(ReportTables::audit(d), n(1));
    h += richTable(ReportTables::history(d), n(2), QStringLiteral("7.5pt"));
    h += richTable(ReportTables::backups(d), n(3));
    for (const QString &w : d.warnings)
        h += QStringLiteral("<p style=\"color:#8b1a1a\">%1</p>")
                 .arg(e(QCoreApplication::translate("gma::PdfReport", "Note: %1").arg(w)));
    h += richQueries(d, n(4));
    h += QStringLiteral("</body></html>");
    return h;
}

QString fleetBodyRichText(const FleetReport &r)
{
    QString h = QStringLiteral("<html><body style=\"color:#1f2933\">");
    h += richTable(FleetReports::summary(r), QStringLiteral("1"));
    h += QStringLiteral("<p style=\"color:#52606d\">%1</p>").arg(e(FleetReports::countLine(r.results)));
    int section = 1;
    for (const FleetResult &t : r.results) {
        const QString n = QString::number(++section);
        h += heading(
            QCoreApplication::translate("gma::PdfReport", "%1. Target %2 · %3").arg(n, t.label, t.database),
            true);
        if (!t.report) {
            h += QStringLiteral("<p style=\"color:#8b1a1a\">%1</p>")
                     .arg(QCoreApplication::translate("gma::PdfReport", "<b>Not validated (%1):</b> %2")
                              .arg(e(FleetResult::outcomeName(t.outcome)), e(t.error)));
            continue;
        }
        const ReportData &d = *t.report;
        ReportTable facts;
        facts.title = QCoreApplication::translate("gma::PdfReport", "Database");
        facts.columns = {{QString(), 28}, {QString(), 72}};
        for (const auto &[label, value] : ReportTables::facts(d)) {
            ReportCell l;
            l.text = label;
            l.strong = true;
            ReportCell v;
            v.text = value;
            facts.rows << QList<ReportCell>{l, v};
        }
        h += richTable(facts, n + QStringLiteral(".1"));
        h += richChecks(
            d, n + QStringLiteral(".2"),
            QCoreApplication::translate(
                "gma::PdfReport", "The SQL of each check is in the HTML and JSON forms of this report."));
        h += richTable(ReportTables::audit(d), n + QStringLiteral(".3"));
        h += richTable(ReportTables::history(d), n + QStringLiteral(".4"), QStringLiteral("7.5pt"));
        h += richTable(ReportTables::backups(d), n + QStringLiteral(".5"));
        for (const QString &w : d.warnings)
            h += QStringLiteral("<p style=\"color:#8b1a1a\">%1</p>")
                     .arg(e(QCoreApplication::translate("gma::PdfReport", "Note: %1").arg(w)));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

namespace {

// Renders a report: the title page drawn by `titlePage`, then `body` (rich text) over as many pages
// as it needs, each with the running header and footer of `frame`.
bool render(const QString &path, const QString &documentTitle, const Frame &frame,
            const std::function<void(QPainter &, double, double)> &titlePage, const QString &body, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate(
                "gma::PdfReport", "A PDF report needs the graphical part of Qt: create a "
                                  "QGuiApplication (PdfReport::makeApplication) before rendering.");
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = QCoreApplication::translate(
                         "gma::PdfReport",
                         "Cannot write the report %1: the folder does not exist; choose an existing folder.")
                         .arg(path);
        return false;
    }
    // Owner-only: a report names the database, its users and its rows.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate(
                         "gma::PdfReport", "Cannot write the report %1: %2; choose a writable location.")
                         .arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(documentTitle);
    writer.setCreator(
        QCoreApplication::translate("gma::PdfReport", "GMA Migrator %1").arg(frame.toolVersion));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "gma::PdfReport",
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
    doc.setHtml(body);
    const double bodyW = pageW - 2 * mm(kMarginMm);
    const double bodyH = pageH - 2 * mm(kMarginMm) - mm(kHeaderMm - 8) - mm(kFooterMm - 8);
    doc.setPageSize(QSizeF(bodyW, bodyH));
    const int bodyPages = doc.pageCount();
    const int pages = bodyPages + 1;

    titlePage(painter, pageW, pageH);
    drawRunningHeader(painter, frame, pageW, pageH, 1, pages);
    const double bodyTop = mm(kMarginMm) + mm(kHeaderMm - 8);
    for (int i = 0; i < bodyPages; ++i) {
        writer.newPage();
        drawRunningHeader(painter, frame, pageW, pageH, i + 2, pages);
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
            *error = QCoreApplication::translate("gma::PdfReport",
                                                 "Cannot finish the report %1; check the free disk space.")
                         .arg(path);
        return false;
    }
    return true;
}

// The fleet report's title page: the band, the verdict, and the first targets of the summary.
void drawFleetTitlePage(QPainter &p, const FleetReport &r, double pageW, double pageH)
{
    const double left = mm(kMarginMm);
    const double width = pageW - 2 * left;
    drawBand(
        p, QCoreApplication::translate("gma::PdfReport", "Fleet validation report"),
        QCoreApplication::translate("gma::PdfReport", "%Ln target(s) from %1", nullptr, int(r.results.size()))
            .arg(QFileInfo(r.targetsFile).fileName()),
        left, width, pageW);
    drawBanner(p, r.ok(), FleetReports::verdict(r), FleetReports::countLine(r.results), left, width);
    double y = mm(108);
    ReportTable t = FleetReports::summary(r);
    t.columns = {t.columns.at(0), t.columns.at(1), t.columns.at(2), t.columns.at(3), t.columns.at(4)};
    t.columns[1].widthPercent = 35;
    t.columns[4].widthPercent = 20;
    t.columns[3].widthPercent = 30;
    y = drawRow(p, left, y, width, mm(8), t.columns, {}, true);
    int shown = 0;
    for (const QList<ReportCell> &row : std::as_const(t.rows)) {
        if (y > pageH - mm(kMarginMm) - mm(22))
            break;
        y = drawRow(p, left, y, width, mm(7), t.columns, row.mid(0, 5), false);
        ++shown;
    }
    if (shown < t.rows.size())
        drawCell(p, QRectF(left, y + mm(2), width, mm(6)),
                 QCoreApplication::translate("gma::PdfReport",
                                             "… and %Ln more target(s): each is in section 1.", nullptr,
                                             int(t.rows.size() - shown)),
                 font(9), kMuted);
}

} // namespace

bool writeFleetByExtension(const FleetReport &report, const QString &path, QString *error)
{
    return ReportWriter::formatForPath(path) == ReportFormat::Pdf ? writeFleet(report, path, error)
                                                                   : FleetReports::write(report, path, error);
}

bool writeByExtension(const ReportData &data, const QString &path, QString *error)
{
    return ReportWriter::formatForPath(path) == ReportFormat::Pdf ? write(data, path, error)
                                                                   : ReportWriter::write(data, path, error);
}

bool write(const ReportData &data, const QString &path, QString *error)
{
    return render(
        path, QStringLiteral("%1 — %2").arg(data.title, data.database),
        Frame{QStringLiteral("%1 · %2").arg(
                  data.deployment.stages.isEmpty()
                      ? QCoreApplication::translate("gma::PdfReport", "Validation report")
                      : QCoreApplication::translate("gma::PdfReport", "Deployment report"),
                  data.database),
              data.toolVersion, data.generatedAt},
        [&data](QPainter &p, double pageW, double pageH) { drawTitlePage(p, data, pageW, pageH); },
        bodyRichText(data), error);
}

bool writeFleet(const FleetReport &report, const QString &path, QString *error)
{
    return render(
        path, report.title,
        Frame{QCoreApplication::translate("gma::PdfReport", "Fleet validation report · %Ln target(s)",
                                          nullptr, int(report.results.size())),
              report.toolVersion, report.generatedAt},
        [&report](QPainter &p, double pageW, double pageH) { drawFleetTitlePage(p, report, pageW, pageH); },
        fleetBodyRichText(report), error);
}

} // namespace gma::PdfReport
