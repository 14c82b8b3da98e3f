<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gma::Audit</name>
    <message numerus="yes">
        <source>%Ln row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.</source>
        <translation>
            <numerusform>%Ln row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.</numerusform>
            <numerusform>%Ln row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::BackupManager</name>
    <message numerus="yes">
        <source>The database &quot;%1&quot; is not empty (%Ln table(s)): pass --clean to replace its contents, or name a new database.</source>
        <translation>
            <numerusform>%Ln row of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln row of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln row of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;gma::BackupManager&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The database &quot;%1&quot; is not empty (%Ln table): pass --clean to replace its contents, or name a new database.</numerusform>
            <numerusform>%Ln rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;gma::BackupManager&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;The database &quot;%1&quot; is not empty (%Ln tables): pass --clean to replace its contents, or name a new database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::Demo</name>
    <message numerus="yes">
        <source>Adding %Ln user(s)</source>
        <translation>
            <numerusform>Adding %Ln user</numerusform>
            <numerusform>Adding %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln campaign(s)</source>
        <translation>
            <numerusform>Adding %Ln campaign</numerusform>
            <numerusform>Adding %Ln campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln character(s)</source>
        <translation>
            <numerusform>Adding %Ln character</numerusform>
            <numerusform>Adding %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln item(s)</source>
        <translation>
            <numerusform>Adding %Ln item</numerusform>
            <numerusform>Adding %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln location(s)</source>
        <translation>
            <numerusform>Adding %Ln location</numerusform>
            <numerusform>Adding %Ln locations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::DeployFlow</name>
    <message numerus="yes">
        <source>%Ln command(s) succeeded</source>
        <translation>
            <numerusform>%Ln command succeeded</numerusform>
            <numerusform>%Ln commands succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) applied</source>
        <translation>
            <numerusform>%Ln step applied</numerusform>
            <numerusform>%Ln steps applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, VACUUM (ANALYZE) of %2 of %Ln table(s)</source>
        <translation>
            <numerusform>%1, VACUUM (ANALYZE) of %2 of %Ln table</numerusform>
            <numerusform>%1, VACUUM (ANALYZE) of %2 of %Ln tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::FleetReports</name>
    <message numerus="yes">
        <source>%Ln target(s) from %1 · generated %2 by GMA Migrator %3</source>
        <translation>
            <numerusform>%Ln target from %1 · generated %2 by GMA Migrator %3</numerusform>
            <numerusform>%Ln targets from %1 · generated %2 by GMA Migrator %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln target(s) passed validation.</source>
        <translation>
            <numerusform>All %Ln target passed validation.</numerusform>
            <numerusform>All %Ln targets passed validation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::FleetRunner</name>
    <message numerus="yes">
        <source>%Ln step(s) planned; preflight: %1 errors, %2 warnings</source>
        <translation>
            <numerusform>%Ln step planned; preflight: %1 errors, %2 warnings</numerusform>
            <numerusform>%Ln steps planned; preflight: %1 errors, %2 warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s), %1 rows</source>
        <translation>
            <numerusform>%Ln step, %1 rows</numerusform>
            <numerusform>%Ln steps, %1 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::PdfReport</name>
    <message numerus="yes">
        <source>Deployment: %Ln stage(s)</source>
        <translation>
            <numerusform>Deployment: %Ln stage</numerusform>
            <numerusform>Deployment: %Ln stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run history (%Ln run(s))</source>
        <translation>
            <numerusform>Run history (%Ln run)</numerusform>
            <numerusform>Run history (%Ln runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s) from %1</source>
        <translation>
            <numerusform>%Ln target from %1</numerusform>
            <numerusform>%Ln targets from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more target(s): each is in section 1.</source>
        <translation>
            <numerusform>… and %Ln more target: each is in section 1.</numerusform>
            <numerusform>… and %Ln more targets: each is in section 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleet validation report · %Ln target(s)</source>
        <translation>
            <numerusform>Fleet validation report · %Ln target</numerusform>
            <numerusform>Fleet validation report · %Ln targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::Rehearsal</name>
    <message numerus="yes">
        <source>%Ln step(s).</source>
        <translation>
            <numerusform>%Ln step.</numerusform>
            <numerusform>%Ln steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) passed at %1.</source>
        <translation>
            <numerusform>%Ln check passed at %1.</numerusform>
            <numerusform>%Ln checks passed at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) passed at %1; every row as before.</source>
        <translation>
            <numerusform>%Ln check passed at %1; every row as before.</numerusform>
            <numerusform>%Ln checks passed at %1; every row as before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::AnalysisPane</name>
    <message numerus="yes">
        <source>Analysing %1 (%n step(s))...</source>
        <translation>
            <numerusform>Analysing %1 (%n step)...</numerusform>
            <numerusform>Analysing %1 (%n steps)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No findings: the %n check(s) that apply passed.</source>
        <translation>
            <numerusform>No findings: the %n check that applies passed.</numerusform>
            <numerusform>No findings: the %n checks that apply passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::AuditView</name>
    <message numerus="yes">
        <source>%n row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</source>
        <translation>
            <numerusform>%n row of %1 has no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</numerusform>
            <numerusform>%n rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::FleetView</name>
    <message numerus="yes">
        <source>%1: %n target(s)</source>
        <translation>
            <numerusform>%1: %n target</numerusform>
            <numerusform>%1: %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n database(s) to the latest migrations?</source>
        <translation>
            <numerusform>Migrate %n database to the latest migrations?</numerusform>
            <numerusform>Migrate %n databases to the latest migrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n database(s) to 0002?</source>
        <translation>
            <numerusform>Roll back %n database to 0002?</numerusform>
            <numerusform>Roll back %n databases to 0002?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n target(s)…</source>
        <translation>
            <numerusform>%1 on %n target…</numerusform>
            <numerusform>%1 on %n targets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n selected row</numerusform>
            <numerusform>%n selected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::PreviewPane</name>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunController</name>
    <message numerus="yes">
        <source>Deploying with the profile %1 (%n step(s))</source>
        <translation>
            <numerusform>Deploying with the profile %1 (%n step)</numerusform>
            <numerusform>Deploying with the profile %1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunFlow</name>
    <message numerus="yes">
        <source>Reading what the %n step(s) would touch...</source>
        <translation>
            <numerusform>Reading what the %n step would touch...</numerusform>
            <numerusform>Reading what the %n steps would touch...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — schema step, one transaction (%n operation(s))</source>
        <translation>
            <numerusform> — schema step, one transaction (%n operation)</numerusform>
            <numerusform> — schema step, one transaction (%n operations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n step(s) will run, in this order:</source>
        <translation>
            <numerusform>This %n step will run:</numerusform>
            <numerusform>These %n steps will run, in this order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrating %1 (%n step(s))</source>
        <translation>
            <numerusform>Migrating %1 (%n step)</numerusform>
            <numerusform>Migrating %1 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))</source>
        <translation>
            <numerusform>Rolling back to 0002 (%n step)</numerusform>
            <numerusform>Rolling back to 0002 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 without audit users, newest id %2</source>
        <translation>
            <numerusform>%n row of %1 without audit users, newest id %2</numerusform>
            <numerusform>%n rows of %1 without audit users, newest id %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %n late row(s) with the data step&apos;s rule (each row&apos;s owner)? They were added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.</source>
        <translation>
            <numerusform>Fill %n late row with the data step&apos;s rule (its owner)? It was added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets it back to NULL.</numerusform>
            <numerusform>Fill %n late rows with the data step&apos;s rule (each row&apos;s owner)? They were added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filling late rows (%n step(s))</source>
        <translation>
            <numerusform>Filling late rows (%n step)</numerusform>
            <numerusform>Filling late rows (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 on a copy (%n step(s), then their reverse)</source>
        <translation>
            <numerusform>Rehearsing %1 on a copy (%n step, then their reverse)</numerusform>
            <numerusform>Rehearsing %1 on a copy (%n steps, then their reverse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 in place (%n step(s), rolled back at the end)</source>
        <translation>
            <numerusform>Rehearsing %1 in place (%n step, rolled back at the end)</numerusform>
            <numerusform>Rehearsing %1 in place (%n steps, rolled back at the end)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunPanel</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n step(s) done.</source>
        <translation>
            <numerusform>Finished in %1: %n step done.</numerusform>
            <numerusform>Finished in %1: %n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM (ANALYZE) of %n table(s) took %1.</source>
        <translation>
            <numerusform>VACUUM (ANALYZE) of %n table took %1.</numerusform>
            <numerusform>VACUUM (ANALYZE) of %n tables took %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunWorker</name>
    <message numerus="yes">
        <source>The preflight checks found %n problem(s), so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</source>
        <translation>
            <numerusform>The preflight checks found %n problem, so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</numerusform>
            <numerusform>The preflight checks found %n problems, so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))...</source>
        <translation>
            <numerusform>Rolling back to 0002 (%n step)...</numerusform>
            <numerusform>Rolling back to 0002 (%n steps)...</numerusform>
        </translation>
    </message>
</context>
</TS>
