// `validate [--report PATH]... [--json]`: the seed's post-migration validation queries and the
// DBA's checks (schema against the contract, checksums, orphaned foreign keys, unique names, row
// counts against the last backup), printed and optionally written as HTML, PDF, CSV or JSON.
// Exit 0 when nothing failed (skipped checks do not fail), 1 otherwise.
#include "commands.h"

#include "format.h"
#include "pdfreport.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "validation.h"

namespace gma::cli {

namespace {

// The command name and the --report values, read from the raw arguments as run() finds the command.
bool wantsPdfReport(int argc, char **argv)
{
    QString command;
    QStringList reports;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--db") || a == QLatin1String("--migrations-dir")) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--report") && i + 1 < argc) {
            reports << QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (a.startsWith(QLatin1String("--report=")))
            reports << a.mid(9);
        if (!a.startsWith(QLatin1Char('-')) && command.isEmpty())
            command = a;
    }
    // `fleet validate --report x.pdf` and `deploy --report x.pdf` too.
    if (command != QLatin1String("validate") && command != QLatin1String("fleet") && command != QLatin1String("deploy"))
        return false;
    for (const QString &r : std::as_const(reports)) {
        if (ReportWriter::formatForPath(r) == ReportFormat::Pdf)
            return true;
    }
    return false;
}

QString statusLabel(const CheckResult &c, bool colour)
{
    QString label;
    QString code;
    switch (c.status) {
    case CheckResult::Status::Pass:
        label = QStringLiteral("PASS");
        code = QStringLiteral("32");
        break;
    case CheckResult::Status::Fail:
        label = QStringLiteral("FAIL");
        code = QStringLiteral("31;1");
        break;
    case CheckResult::Status::Skipped:
        label = QStringLiteral("SKIP");
        code = QStringLiteral("2");
        break;
    }
    return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(code, label) : label;
}

} // namespace

bool checkReportPaths(Context &ctx, const QStringList &reports)
{
    for (const QString &path : reports) {
        if (ReportWriter::formatForPath(path) == ReportFormat::Unknown) {
            ctx.error(Cli::tr("Cannot tell the report format of %1: name it .html, .pdf, .csv or .json.")
                          .arg(path));
            return false;
        }
    }
    return true;
}

bool writeReportFiles(Context &ctx, const QStringList &reports,
                      const std::function<bool(ReportFormat, const QString &, QString *)> &write)
{
    bool written = true;
    for (const QString &path : reports) {
        QString error;
        const ReportFormat format = ReportWriter::formatForPath(path);
        if (!write(format, path, &error)) {
            ctx.error(error);
            written = false;
            continue;
        }
        ctx.err << Cli::tr("Report written: %1 (%2)").arg(path, ReportWriter::formatName(format)) << Qt::endl;
    }
    return written;
}

bool writeReports(Context &ctx, const ReportData &data, const QStringList &reports)
{
    return writeReportFiles(ctx, reports, [&data](ReportFormat, const QString &path, QString *error) {
        return PdfReport::writeByExtension(data, path, error);
    });
}

namespace {

int runValidate(Context &ctx)
{
    const QStringList reports = ctx.parser.values(QStringLiteral("report"));
    if (!checkReportPaths(ctx, reports))
        return Usage;
    if (!ctx.args.isEmpty()) {
        ctx.error(Cli::tr("validate takes no arguments: use --report PATH for a report."));
        return Usage;
    }
    int code = Success;
    auto db = ctx.connectGma(false, &code);
    if (!db)
        return code;

    const ValidationResult result = Validation::run(*db, ctx.catalogue);
    if (!result.error.isEmpty()) {
        ctx.error(result.error);
        return Refused;
    }
    const ReportData data = ReportData::collect(*db, ctx.catalogue, ctx.settings.displayName(), result);

    if (ctx.parser.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(ReportWriter::json(data));
    } else {
        ctx.out << Cli::tr("Validation of database \"%1\" (%2), migration state %3:")
                       .arg(data.database, data.connection, data.migrationState)
                << '\n';
        for (const CheckResult &c : result.checks) {
            ctx.out << "  " << statusLabel(c, ctx.stdoutIsTerminal) << "  "
                    << QStringLiteral("%1").arg(c.id, -32) << c.name << '\n';
            if (c.status == CheckResult::Status::Skipped) {
                ctx.out << "        " << c.reason << '\n';
                continue;
            }
            if (c.status == CheckResult::Status::Fail) {
                ctx.out << "        " << Cli::tr("expected: %1").arg(c.expected) << '\n'
                        << "        " << Cli::tr("actual:   %1").arg(c.actual) << '\n';
                if (!c.reason.isEmpty())
                    ctx.out << "        " << c.reason << '\n';
            }
        }
        ctx.out << Cli::tr("%1 (%2).")
                       .arg(ReportWriter::summaryLine(result), format::duration(result.ms, QLocale()))
                << '\n';
    }
    ctx.out.flush();

    const bool written = writeReports(ctx, data, reports);
    return result.ok() && written ? Success : Refused;
}

} // namespace

std::unique_ptr<QCoreApplication> makeValidateApplication(int &argc, char **argv)
{
    if (!wantsPdfReport(argc, argv))
        return nullptr;
    return PdfReport::makeApplication(argc, argv);
}

Command validateCommand()
{
    return Command{
        QStringLiteral("validate"), QStringLiteral("validate [--report PATH]... [--json]"),
        Cli::tr(
            "Runs the seed's post-migration validation queries (at 0004) and the DBA's checks: schema "
            "against "
            "the contract, migration checksums, orphaned foreign keys, unique character names, row counts "
            "against the last backup. --report writes HTML, PDF, CSV or JSON by the file's extension "
            "(repeatable). Exit 0 when nothing failed, 1 otherwise."),
        [](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("report"),
                 Cli::tr("Also write a report: .html, .pdf, .csv or .json (may be given several times)."),
                 QStringLiteral("PATH")});
            p.addOption({QStringLiteral("json"), Cli::tr("Print the report as JSON instead of text.")});
        },
        runValidate};
}

} // namespace gma::cli
