#include "catalogue.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace gma {

namespace {

QString lineError(const QString &source, int line, const QString &what)
{
    return QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(what);
}

bool parseOwner(const QString &value, PopulateSpec *spec)
{
    // "player_owner_id" or "campaign_id -> campaigns_campaign.owner_id"
    static const QRegularExpression via(QStringLiteral(R"(^(\w+)\s*->\s*(\w+)\.(\w+)$)"));
    const auto m = via.match(value);
    if (m.hasMatch()) {
        spec->ownerColumn = m.captured(1);
        spec->viaTable = m.captured(2);
        spec->viaColumn = m.captured(3);
    } else {
        spec->ownerColumn = value;
    }
    return sql::isPlainIdentifier(spec->ownerColumn) &&
           (spec->viaTable.isEmpty() ||
            (sql::isPlainIdentifier(spec->viaTable) && sql::isPlainIdentifier(spec->viaColumn)));
}

} // namespace

std::optional<MigrationDefinition> MigrationCatalogue::parse(const QByteArray &text, const QString &source,
                                                             QString *error)
{
    auto fail = [&](int line, const QString &what) -> std::optional<MigrationDefinition> {
        if (error)
            *error = lineError(source, line, what);
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "the file is empty"));
    if (text.contains('\0'))
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "the file is not text"));
    const QString content = QString::fromUtf8(text);
    if (content.contains(QChar::ReplacementCharacter))
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "the file is not valid UTF-8"));

    MigrationDefinition def;
    def.source = source;
    def.checksum = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());

    enum class Section { Header, Forward, Backward } section = Section::Header;
    QList<SqlOperation> *ops = nullptr;
    QString pending; // statement being collected
    int pendingLine = 0;
    QStringList commentLines;
    QString type;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString raw = lines.at(i);
        const QString line = raw.trimmed();
        if (section == Section::Header) {
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1Char('#'))) {
                commentLines << line.mid(1).trimmed();
                continue;
            }
            if (line == QLatin1String("== forward") || line == QLatin1String("== backward")) {
                // fall through to section handling below
            } else {
                const int colon = line.indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "expected 'key: value', found '%1'").arg(line));
                const QString key = line.left(colon).trimmed();
                const QString value = line.mid(colon + 1).trimmed();
                if (key == QLatin1String("app")) {
                    def.key.app = value;
                } else if (key == QLatin1String("name")) {
                    def.key.name = value;
                } else if (key == QLatin1String("depends")) {
                    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    if (parts.size() != 2)
                        return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "'depends' needs an app and a migration name"));
                    def.dependencies.append({parts.at(0), parts.at(1)});
                } else if (key == QLatin1String("type")) {
                    type = value;
                } else if (key == QLatin1String("tables")) {
                    def.tables = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                } else if (key == QLatin1String("table")) {
                    def.populate.table = value;
                } else if (key == QLatin1String("owner")) {
                    if (!parseOwner(value, &def.populate))
                        return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "'owner' must be a column or 'column -> table.column'"));
                } else if (key == QLatin1String("fields")) {
                    def.populate.fields = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                } else {
                    return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "unknown key '%1'").arg(key));
                }
                continue;
            }
        }
        if (line == QLatin1String("== forward") || line == QLatin1String("== backward")) {
            if (!pending.trimmed().isEmpty())
                return fail(pendingLine, QCoreApplication::translate("gma::MigrationCatalogue", "statement does not end with ';'"));
            if (line == QLatin1String("== forward")) {
                if (section != Section::Header)
                    return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "'== forward' must come first and once"));
                section = Section::Forward;
                ops = &def.forward;
            } else {
                if (section != Section::Forward)
                    return fail(lineNo, QCoreApplication::translate("gma::MigrationCatalogue", "'== backward' must follow '== forward'"));
                section = Section::Backward;
                ops = &def.backward;
            }
            continue;
        }
        if (line.isEmpty() && pending.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("--")) && pending.isEmpty()) {
            const QString description = line.mid(2).trimmed();
            if (!description.isEmpty())
                ops->append({description, {}});
            continue;
        }
        if (line.startsWith(QLatin1Char('#')) && pending.isEmpty())
            continue;
        if (pending.isEmpty())
            pendingLine = lineNo;
        pending += (pending.isEmpty() ? QString() : QStringLiteral("\n")) + raw.trimmed();
        if (line.endsWith(QLatin1Char(';'))) {
            if (ops->isEmpty())
                ops->append({QString(), {}});
            QString statement = pending.trimmed();
            statement.chop(1);
            ops->last().statements << statement.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        return fail(pendingLine, QCoreApplication::translate("gma::MigrationCatalogue", "statement does not end with ';'"));

    static const QRegularExpression appRe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    static const QRegularExpression nameRe(QStringLiteral("^[0-9]{4}_[A-Za-z0-9_]+$"));
    if (!appRe.match(def.key.app).hasMatch())
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "missing or invalid 'app'"));
    if (!nameRe.match(def.key.name).hasMatch())
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "missing or invalid 'name' (expected NNNN_words)"));
    for (const QString &t : std::as_const(def.tables)) {
        if (!sql::isPlainIdentifier(t))
            return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "invalid table name '%1'").arg(t));
    }
    if (type == QLatin1String("schema")) {
        def.type = MigrationType::Schema;
        if (section != Section::Backward)
            return fail(lines.size(), QCoreApplication::translate("gma::MigrationCatalogue", "a schema migration needs '== forward' and '== backward'"));
    } else if (type == QLatin1String("populate")) {
        def.type = MigrationType::Populate;
        if (section != Section::Header)
            return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "a populate migration has no SQL sections"));
        PopulateSpec &p = def.populate;
        if (p.table.isEmpty() && def.tables.size() == 1)
            p.table = def.tables.first();
        if (!sql::isPlainIdentifier(p.table))
            return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "a populate migration needs 'tables' or 'table'"));
        if (p.ownerColumn.isEmpty())
            return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "a populate migration needs 'owner'"));
        if (p.fields.isEmpty())
            return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "a populate migration needs 'fields'"));
        for (const QString &f : std::as_const(p.fields)) {
            if (!sql::isPlainIdentifier(f))
                return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "invalid field name '%1'").arg(f));
        }
        if (def.tables.isEmpty())
            def.tables << p.table;
    } else {
        return fail(1, QCoreApplication::translate("gma::MigrationCatalogue", "'type' must be 'schema' or 'populate'"));
    }
    def.comment = commentLines.join(QLatin1Char('\n'));
    return def;
}

std::optional<MigrationCatalogue> MigrationCatalogue::fromDefinitions(QList<MigrationDefinition> defs,
                                                                      QString *error)
{
    MigrationCatalogue cat;
    std::sort(defs.begin(), defs.end(),
              [](const MigrationDefinition &a, const MigrationDefinition &b) { return a.key < b.key; });
    for (const MigrationDefinition &def : std::as_const(defs)) {
        if (cat.m_index.contains(def.key)) {
            if (error)
                *error = QCoreApplication::translate("gma::MigrationCatalogue", "%1 is defined twice (%2)").arg(def.key.label(), def.source);
            return std::nullopt;
        }
        cat.m_index.insert(def.key, int(cat.m_migrations.size()));
        cat.m_migrations.append(def);
    }
    for (const MigrationDefinition &def : std::as_const(cat.m_migrations)) {
        for (const MigrationKey &dep : def.dependencies) {
            if (!cat.m_index.contains(dep)) {
                if (error)
                    *error = QCoreApplication::translate("gma::MigrationCatalogue", "%1 depends on %2, which is not defined")
                                 .arg(def.key.label(), dep.label());
                return std::nullopt;
            }
            cat.m_children[dep].append(def.key);
        }
    }
    for (auto it = cat.m_children.begin(); it != cat.m_children.end(); ++it)
        std::sort(it.value().begin(), it.value().end());
    // Cycle check: a depth-first walk with colours.
    QHash<MigrationKey, int> colour;
    std::function<bool(const MigrationKey &)> visit = [&](const MigrationKey &k) {
        colour[k] = 1;
        for (const MigrationKey &p : cat.find(k)->dependencies) {
            const int c = colour.value(p, 0);
            if (c == 1 || (c == 0 && !visit(p)))
                return false;
        }
        colour[k] = 2;
        return true;
    };
    for (const MigrationDefinition &def : std::as_const(cat.m_migrations)) {
        if (colour.value(def.key, 0) == 0 && !visit(def.key)) {
            if (error)
                *error = QCoreApplication::translate("gma::MigrationCatalogue", "the dependencies of %1 form a cycle").arg(def.key.label());
            return std::nullopt;
        }
    }
    // Django's conflict check: two leaves in one app means two branches nobody merged.
    QStringList conflicts;
    for (const QString &app : cat.apps()) {
        const QList<MigrationKey> leaves = cat.leafNodes(app);
        if (leaves.size() < 2)
            continue;
        QStringList names;
        for (const MigrationKey &leaf : leaves)
            names << leaf.name;
        conflicts << QStringLiteral("%1 in %2").arg(names.join(QStringLiteral(", ")), app);
    }
    if (!conflicts.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "Conflicting migrations detected; multiple leaf nodes in the migration graph: "
                                    "(%1). To fix them, add a merge migration that depends on each of those "
                                    "leaves, or remove the ones that should not be there.")
                         .arg(conflicts.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return cat;
}

static std::optional<MigrationCatalogue> loadTree(const QString &root, QString *error)
{
    QList<MigrationDefinition> defs;
    QDirIterator it(root, {QStringLiteral("*.migration")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("gma::MigrationCatalogue", "cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        auto def = MigrationCatalogue::parse(file.readAll(), path, error);
        if (!def)
            return std::nullopt;
        const QString expectedApp = QFileInfo(path).dir().dirName();
        const QString expectedName = QFileInfo(path).completeBaseName();
        if (def->key.app != expectedApp || def->key.name != expectedName) {
            if (error)
                *error = QCoreApplication::translate("gma::MigrationCatalogue", "%1 declares %2, but its path says %3.%4")
                             .arg(path, def->key.label(), expectedApp, expectedName);
            return std::nullopt;
        }
        defs.append(*def);
    }
    if (defs.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "no migration definitions found in %1").arg(root);
        return std::nullopt;
    }
    return MigrationCatalogue::fromDefinitions(defs, error);
}

MigrationCatalogue MigrationCatalogue::builtIn()
{
    initMigrationResources();
    QString error;
    auto cat = loadTree(QStringLiteral(":/migrations"), &error);
    if (!cat)
        qFatal("built-in migration definitions are invalid: %s", qPrintable(error));
    return *cat;
}

std::optional<MigrationCatalogue> MigrationCatalogue::fromDirectory(const QString &dir, QString *error)
{
    if (!QFileInfo(dir).isDir()) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "%1 is not a directory").arg(dir);
        return std::nullopt;
    }
    return loadTree(dir, error);
}

const MigrationDefinition *MigrationCatalogue::find(const MigrationKey &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_migrations.at(it.value());
}

QStringList MigrationCatalogue::apps() const
{
    QStringList out;
    for (const MigrationDefinition &def : m_migrations) {
        if (!out.contains(def.key.app))
            out << def.key.app;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool MigrationCatalogue::hasApp(const QString &app) const
{
    return std::any_of(m_migrations.begin(), m_migrations.end(),
                       [&](const MigrationDefinition &d) { return d.key.app == app; });
}

QList<MigrationKey> MigrationCatalogue::migrationsOf(const QString &app) const
{
    QList<MigrationKey> out;
    for (const MigrationDefinition &def : m_migrations) {
        if (def.key.app == app)
            out << def.key;
    }
    return out; // m_migrations is sorted
}

QList<MigrationKey> MigrationCatalogue::parents(const MigrationKey &key) const
{
    const MigrationDefinition *def = find(key);
    if (!def)
        return {};
    QList<MigrationKey> out = def->dependencies;
    std::sort(out.begin(), out.end());
    return out;
}

QList<MigrationKey> MigrationCatalogue::children(const MigrationKey &key) const
{
    return m_children.value(key);
}

QList<MigrationKey> MigrationCatalogue::leafNodes(const QString &app) const
{
    QList<MigrationKey> out;
    for (const MigrationDefinition &def : m_migrations) {
        if (!app.isEmpty() && def.key.app != app)
            continue;
        const QList<MigrationKey> kids = children(def.key);
        if (std::none_of(kids.begin(), kids.end(), [&](const MigrationKey &k) { return k.app == def.key.app; }))
            out << def.key;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<MigrationKey> MigrationCatalogue::rootNodes(const QString &app) const
{
    QList<MigrationKey> out;
    for (const MigrationDefinition &def : m_migrations) {
        if (!app.isEmpty() && def.key.app != app)
            continue;
        if (std::none_of(def.dependencies.begin(), def.dependencies.end(),
                         [&](const MigrationKey &k) { return k.app == def.key.app; }))
            out << def.key;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<MigrationKey> MigrationCatalogue::dfs(const MigrationKey &start, bool forwards) const
{
    // Django's MigrationGraph.iterative_dfs: post-order, neighbours pushed in sorted order.
    QList<MigrationKey> visited;
    QSet<MigrationKey> seen;
    QList<QPair<MigrationKey, bool>> stack{{start, false}};
    while (!stack.isEmpty()) {
        const auto [node, processed] = stack.takeLast();
        if (seen.contains(node))
            continue;
        if (processed) {
            seen.insert(node);
            visited << node;
        } else {
            stack.append({node, true});
            for (const MigrationKey &next : forwards ? parents(node) : children(node))
                stack.append({next, false});
        }
    }
    return visited;
}

QList<MigrationKey> MigrationCatalogue::forwardsPlan(const MigrationKey &target) const
{
    return contains(target) ? dfs(target, true) : QList<MigrationKey>{};
}

QList<MigrationKey> MigrationCatalogue::backwardsPlan(const MigrationKey &target) const
{
    return contains(target) ? dfs(target, false) : QList<MigrationKey>{};
}

std::optional<MigrationKey> MigrationCatalogue::resolvePrefix(const QString &app, const QString &prefix,
                                                              QString *error) const
{
    if (!hasApp(app)) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "App '%1' does not have migrations.").arg(app);
        return std::nullopt;
    }
    QList<MigrationKey> matches;
    for (const MigrationKey &key : migrationsOf(app)) {
        if (key.name == prefix)
            return key;
        if (key.name.startsWith(prefix))
            matches << key;
    }
    if (matches.size() > 1) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "More than one migration matches '%1' in app '%2'. Please be more specific.")
                         .arg(prefix, app);
        return std::nullopt;
    }
    if (matches.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationCatalogue", "Cannot find a migration matching '%1' from app '%2'.").arg(prefix, app);
        return std::nullopt;
    }
    return matches.first();
}

} // namespace gma
