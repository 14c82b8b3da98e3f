// gma-appload: plays the GMA application against a database for a bounded time, so that the
// migrator can be tried (and measured) under live traffic. Several client sessions, each in its
// own thread with its own connection, run short transactions on the three tables and users_user:
//   inserter     inserts items, characters and locations (created_by/modified_by NULL once the
//                audit columns exist: the code paths without a user, scripts and bulk imports)
//   auditor      once the audit columns exist, sets a real user as modified_by on existing rows
//                and inserts rows with both audit users set
//   reader       reads the three tables and users_user
//   updater      updates rows of the three tables and users_user.last_login
// Every statement's latency and error is recorded; every acknowledged write (after COMMIT
// returned) is written to --writes FILE, one per line:
//   insert TABLE ID
//   audit TABLE ID COLUMN USER      (the application set COLUMN of row ID to USER)
// At the end it prints one summary line and one line per distinct error:
//   appload: clients=4 statements=N errors=E lock_waits_over_1s=W longest_stall_ms=X (STATEMENT)
//   appload error SQLSTATE COUNT: MESSAGE
//   appload: latency p50_ms=X p99_ms=Y          (over every statement, errors included)
// and with --stalls-over MS one line per statement that took longer than MS, in time order, with
// its start and end as milliseconds since the Unix epoch (to match with the migrator's statements):
//   appload stall start_ms=T0 end_ms=T1 ms=X (STATEMENT)
// Usage: gma-appload --conninfo STR [--clients N] [--seconds S] [--stop-file F] [--writes F]
//                    [--stalls-over MS]
// It prints "appload: running" once every client has committed its first transaction, and stops
// after S seconds (default 60) or as soon as the stop file exists. Exit code 0; 2 on bad usage or
// when a client cannot connect.
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

enum class Role { Inserter, Auditor, Reader, Updater };

const char *const kTables[] = {"items_item", "characters_character", "locations_location"};

struct Shared
{
    std::string conninfo;
    std::string stopFile;
    double stallsOverMs = -1; // --stalls-over; negative: none listed
    Clock::time_point deadline;
    std::atomic<bool> stop{false};
    std::atomic<int> started{0};
    std::mutex mutex;
    std::condition_variable startedChanged;
};

struct ClientLog
{
    long statements = 0;
    long lockWaitsOver1s = 0;
    double longestMs = 0;
    std::string longestStatement;
    std::map<std::string, std::pair<long, std::string>> errors; // sqlstate -> count, first message
    std::vector<std::string> writes;
    std::vector<float> latencies; // ms, every statement
    struct Stall
    {
        long long startMs = 0; // since the epoch
        long long endMs = 0;
        double ms = 0;
        std::string statement;
    };
    std::vector<Stall> stalls; // statements longer than Shared::stallsOverMs
    bool connected = false;
    std::string connectError;
};

std::string firstLine(const char *text)
{
    std::string s = text ? text : "";
    const auto nl = s.find('\n');
    return nl == std::string::npos ? s : s.substr(0, nl);
}

class Client
{
public:
    Client(Shared &shared, int index, int clients, Role role)
        : m_shared(shared), m_index(index), m_clients(clients), m_role(role), m_random(unsigned(index) * 7919u + 17u)
    {
    }

    ClientLog log;

    void run()
    {
        m_conn = PQconnectdb(m_shared.conninfo.c_str());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            log.connectError = firstLine(PQerrorMessage(m_conn));
            PQfinish(m_conn);
            m_shared.stop = true;
            signalStarted();
            return;
        }
        log.connected = true;
        const std::string app = "gma-appload-" + std::to_string(m_index);
        PQclear(PQexecParams(m_conn, "SELECT set_config('application_name', $1, false)", 1, nullptr,
                             params({app}).data(), nullptr, nullptr, 0));
        m_users = ids("SELECT id FROM users_user ORDER BY id LIMIT 200");
        bool first = true;
        while (!stopping()) {
            transaction();
            if (first) {
                first = false;
                signalStarted();
            }
        }
        if (first)
            signalStarted();
        PQfinish(m_conn);
    }

private:
    static std::vector<const char *> params(const std::vector<std::string> &values)
    {
        std::vector<const char *> out;
        for (const std::string &v : values)
            out.push_back(v.c_str());
        return out;
    }

    void signalStarted()
    {
        std::lock_guard<std::mutex> lock(m_shared.mutex);
        ++m_shared.started;
        m_shared.startedChanged.notify_all();
    }

    bool stopping() const
    {
        if (m_shared.stop || Clock::now() >= m_shared.deadline)
            return true;
        struct stat st;
        return !m_shared.stopFile.empty() && ::stat(m_shared.stopFile.c_str(), &st) == 0;
    }

    // Runs one statement, timing it; false (recorded) on an error.
    bool exec(const std::string &sql, const std::vector<std::string> &values = {}, PGresult **result = nullptr)
    {
        const auto p = params(values);
        const auto start = Clock::now();
        const auto wallStart = std::chrono::system_clock::now();
        PGresult *r = PQexecParams(m_conn, sql.c_str(), int(p.size()), nullptr, p.data(), nullptr, nullptr, 0);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        ++log.statements;
        log.latencies.push_back(float(ms));
        if (m_shared.stallsOverMs >= 0 && ms > m_shared.stallsOverMs) {
            const auto epochMs = [](std::chrono::system_clock::time_point t) {
                return (long long)std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
            };
            log.stalls.push_back({epochMs(wallStart), epochMs(std::chrono::system_clock::now()), ms, sql.substr(0, 80)});
        }
        if (ms > log.longestMs) {
            log.longestMs = ms;
            log.longestStatement = sql.substr(0, 80);
        }
        if (ms > 1000)
            ++log.lockWaitsOver1s;
        const ExecStatusType st = PQresultStatus(r);
        const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
        if (!ok) {
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            const std::string key = state ? state : (PQstatus(m_conn) == CONNECTION_OK ? "?????" : "08000");
            auto &e = log.errors[key];
            if (e.first++ == 0)
                e.second = firstLine(PQresultErrorMessage(r)) + " [" + sql.substr(0, 60) + "]";
            if (PQstatus(m_conn) != CONNECTION_OK)
                PQreset(m_conn);
        }
        if (result && ok)
            *result = r;
        else
            PQclear(r);
        return ok;
    }

    std::vector<long long> ids(const std::string &sql)
    {
        std::vector<long long> out;
        PGresult *r = nullptr;
        if (exec(sql, {}, &r)) {
            for (int i = 0; i < PQntuples(r); ++i)
                out.push_back(std::atoll(PQgetvalue(r, i, 0)));
            PQclear(r);
        }
        return out;
    }

    std::string scalar(const std::string &sql, const std::vector<std::string> &values = {})
    {
        PGresult *r = nullptr;
        std::string v;
        if (exec(sql, values, &r)) {
            if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
                v = PQgetvalue(r, 0, 0);
            PQclear(r);
        }
        return v;
    }

    // The audit columns exist on `table` (a catalogue read: no lock on the table).
    bool hasAuditColumns(const char *table)
    {
        return scalar("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = "
                      "'modified_by_id' AND NOT attisdropped",
                      {table}) == "1";
    }

    std::string someUser()
    {
        if (m_users.empty())
            return std::string();
        return std::to_string(m_users[m_random() % m_users.size()]);
    }

    // An existing row of `table` that is this client's own (id modulo the client count), so
    // that two clients never set the same row.
    std::string ownRow(const char *table)
    {
        const std::string max = scalar(std::string("SELECT max(id) FROM ") + table);
        if (max.empty())
            return std::string();
        const long long top = std::atoll(max.c_str());
        long long id = 1 + (long long)(m_random() % (unsigned long long)std::max<long long>(1, top));
        id -= id % m_clients;
        id += m_index;
        return std::to_string(std::min(id, top));
    }

    void commitOrRollback(bool ok, const std::vector<std::string> &writes)
    {
        if (ok && exec("COMMIT")) {
            log.writes.insert(log.writes.end(), writes.begin(), writes.end());
            return;
        }
        exec("ROLLBACK");
    }

    // Opens a transaction holding ROW EXCLUSIVE on `table` (what its INSERT or UPDATE takes
    // anyway), so that its columns cannot change until it ends: the application's code and the
    // schema it writes agree, as they do for a deployed version.
    bool beginOn(const char *table)
    {
        if (exec("BEGIN") && exec(std::string("LOCK TABLE ") + table + " IN ROW EXCLUSIVE MODE"))
            return true;
        exec("ROLLBACK");
        return false;
    }

    void insertRow(const char *table, bool withUsers)
    {
        if (!beginOn(table))
            return;
        const bool audit = hasAuditColumns(table);
        const std::string user = someUser();
        withUsers = withUsers && audit && !user.empty();
        // Unique across runs too (a unique constraint covers character names per campaign).
        const std::string name = "appload " + std::to_string(::getpid()) + "-" + std::to_string(m_index) + "-" +
                                 std::to_string(++m_serial) +
                                 " \xc3\xa9t\xc3\xa9 'q' ;";
        std::string sql;
        const std::string auditCols = audit ? ", created_at, updated_at, created_by_id, modified_by_id" : "";
        const std::string auditVals =
            audit ? (withUsers ? ", now(), now(), $2::bigint, $2::bigint" : ", now(), now(), NULL, NULL") : "";
        if (std::strcmp(table, "characters_character") == 0)
            sql = "INSERT INTO characters_character (name, description, game_system, campaign_id, player_owner_id, "
                  "is_deleted" + auditCols + ") SELECT $1, 'from the application', 'dnd5e', c.id, c.owner_id, false" +
                  auditVals + " FROM campaigns_campaign c ORDER BY c.id LIMIT 1 RETURNING id";
        else if (std::strcmp(table, "items_item") == 0)
            sql = "INSERT INTO items_item (name, description, campaign_id" + auditCols +
                  ") SELECT $1, 'from the application', c.id" + auditVals +
                  " FROM campaigns_campaign c ORDER BY c.id LIMIT 1 RETURNING id";
        else
            sql = "INSERT INTO locations_location (name, description, campaign_id" + auditCols +
                  ") SELECT $1, 'from the application', c.id" + auditVals +
                  " FROM campaigns_campaign c ORDER BY c.id LIMIT 1 RETURNING id";
        std::vector<std::string> values{name};
        if (withUsers)
            values.push_back(user);
        const std::string id = scalar(sql, values);
        std::vector<std::string> writes;
        if (!id.empty()) {
            writes.push_back(std::string("insert ") + table + " " + id);
            if (withUsers) {
                writes.push_back(std::string("audit ") + table + " " + id + " created_by_id " + user);
                writes.push_back(std::string("audit ") + table + " " + id + " modified_by_id " + user);
            }
        }
        commitOrRollback(!id.empty(), writes);
    }

    void transaction()
    {
        const char *table = kTables[m_random() % 3];
        switch (m_role) {
        case Role::Inserter:
            insertRow(table, false);
            break;
        case Role::Auditor: {
            if (m_random() % 2 == 0) {
                insertRow(table, true);
                break;
            }
            const std::string id = ownRow(table);
            const std::string user = someUser();
            if (id.empty() || user.empty() || !beginOn(table))
                break;
            if (!hasAuditColumns(table)) {
                exec("ROLLBACK");
                break;
            }
            const std::string done =
                scalar(std::string("UPDATE ") + table + " SET modified_by_id = $1::bigint, updated_at = now() WHERE id = $2::bigint RETURNING id",
                       {user, id});
            commitOrRollback(!done.empty(), {std::string("audit ") + table + " " + id + " modified_by_id " + user});
            break;
        }
        case Role::Reader:
            exec("BEGIN");
            exec(std::string("SELECT count(*), max(id) FROM (SELECT id FROM ") + table + " ORDER BY id DESC LIMIT 50) s");
            exec("SELECT username FROM users_user WHERE id = $1::bigint", {someUser().empty() ? "0" : someUser()});
            exec("COMMIT");
            break;
        case Role::Updater: {
            const std::string id = ownRow(table);
            exec("BEGIN");
            bool ok = id.empty() || exec(std::string("UPDATE ") + table +
                                             " SET description = description WHERE id = $1::bigint",
                                         {id});
            if (ok && !m_users.empty())
                ok = exec("UPDATE users_user SET last_login = now() WHERE id = $1::bigint", {someUser()});
            commitOrRollback(ok, {});
            break;
        }
        }
    }

    Shared &m_shared;
    int m_index;
    int m_clients;
    Role m_role;
    std::mt19937 m_random;
    PGconn *m_conn = nullptr;
    std::vector<long long> m_users;
    long m_serial = 0;
};

int usage()
{
    std::fprintf(stderr, "usage: gma-appload --conninfo STR [--clients N] [--seconds S] [--stop-file F] "
                         "[--writes F] [--stalls-over MS]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Shared shared;
    int clients = 4;
    int seconds = 60;
    std::string writesFile;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string v = argv[++i];
        if (a == "--conninfo")
            shared.conninfo = v;
        else if (a == "--clients")
            clients = std::max(1, std::atoi(v.c_str()));
        else if (a == "--seconds")
            seconds = std::max(1, std::atoi(v.c_str()));
        else if (a == "--stop-file")
            shared.stopFile = v;
        else if (a == "--stalls-over")
            shared.stallsOverMs = std::atof(v.c_str());
        else if (a == "--writes")
            writesFile = v;
        else
            return usage();
    }
    shared.deadline = Clock::now() + std::chrono::seconds(seconds);
    const Role roles[] = {Role::Inserter, Role::Auditor, Role::Reader, Role::Updater};
    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < clients; ++i)
        all.push_back(std::make_unique<Client>(shared, i, clients, roles[i % 4]));
    std::vector<std::thread> threads;
    for (auto &c : all)
        threads.emplace_back([&c] { c->run(); });
    {
        std::unique_lock<std::mutex> lock(shared.mutex);
        shared.startedChanged.wait(lock, [&] { return shared.started == clients; });
    }
    if (!shared.stop) {
        std::printf("appload: running\n");
        std::fflush(stdout);
    }
    for (std::thread &t : threads)
        t.join();

    long statements = 0;
    long waits = 0;
    long errors = 0;
    double longest = 0;
    std::string longestStatement;
    std::map<std::string, std::pair<long, std::string>> byState;
    std::ofstream writes;
    if (!writesFile.empty())
        writes.open(writesFile, std::ios::trunc);
    int exitCode = 0;
    for (auto &c : all) {
        if (!c->log.connected) {
            std::fprintf(stderr, "appload: a client could not connect: %s\n", c->log.connectError.c_str());
            exitCode = 2;
        }
        statements += c->log.statements;
        waits += c->log.lockWaitsOver1s;
        if (c->log.longestMs > longest) {
            longest = c->log.longestMs;
            longestStatement = c->log.longestStatement;
        }
        for (const auto &[state, e] : c->log.errors) {
            errors += e.first;
            auto &mine = byState[state];
            if (mine.first == 0)
                mine.second = e.second;
            mine.first += e.first;
        }
        for (const std::string &w : c->log.writes)
            writes << w << '\n';
    }
    std::printf("appload: clients=%d statements=%ld errors=%ld lock_waits_over_1s=%ld longest_stall_ms=%.0f (%s)\n",
                clients, statements, errors, waits, longest, longestStatement.c_str());
    for (const auto &[state, e] : byState)
        std::printf("appload error %s %ld: %s\n", state.c_str(), e.first, e.second.c_str());
    std::vector<float> latencies;
    std::vector<ClientLog::Stall> stalls;
    for (auto &c : all) {
        latencies.insert(latencies.end(), c->log.latencies.begin(), c->log.latencies.end());
        stalls.insert(stalls.end(), c->log.stalls.begin(), c->log.stalls.end());
    }
    const auto percentile = [&](double q) {
        if (latencies.empty())
            return 0.0;
        const size_t k = std::min(latencies.size() - 1, size_t(q * double(latencies.size())));
        std::nth_element(latencies.begin(), latencies.begin() + long(k), latencies.end());
        return double(latencies[k]);
    };
    const double p50 = percentile(0.50);
    const double p99 = percentile(0.99);
    std::printf("appload: latency p50_ms=%.1f p99_ms=%.1f\n", p50, p99);
    std::sort(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.startMs < b.startMs; });
    for (const auto &st : stalls)
        std::printf("appload stall start_ms=%lld end_ms=%lld ms=%.0f (%s)\n", st.startMs, st.endMs, st.ms,
                    st.statement.c_str());
    return exitCode;
}
