<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gma::Audit</name>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills {it|them} the way the data step did, reversibly.</source>
        <translation>
            <numerusform>%Ln row of %1 has no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills it the way the data step did, reversibly.</numerusform>
            <numerusform>%Ln rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.</numerusform>
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
    <name>gma::Consistency</name>
    <message numerus="yes">
        <source>%1.%2 is not recorded, but %Ln batch record(s) of the values it filled in %3 {is|are} in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.</source>
        <translation>
            <numerusform>%1.%2 is not recorded, but %Ln batch record of the values it filled in %3 is in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.</numerusform>
            <numerusform>%1.%2 is not recorded, but %Ln batch records of the values it filled in %3 are in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.</numerusform>
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
    <name>gma::Executor</name>
    <message numerus="yes">
        <source>Could not lock %1 after %Ln attempt(s); it is held by another session. Nothing was changed: retry when that session has finished.</source>
        <translation>
            <numerusform>Could not lock %1 after %Ln attempt; it is held by another session. Nothing was changed: retry when that session has finished.</numerusform>
            <numerusform>Could not lock %1 after %Ln attempts; it is held by another session. Nothing was changed: retry when that session has finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not lock %1 after %Ln attempt(s); it is held by %2. Nothing was changed: retry when that session has finished.</source>
        <translation>
            <numerusform>Could not lock %1 after %Ln attempt; it is held by %2. Nothing was changed: retry when that session has finished.</numerusform>
            <numerusform>Could not lock %1 after %Ln attempts; it is held by %2. Nothing was changed: retry when that session has finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled at a batch boundary: %Ln late row(s) of %1 {is|are} filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.</source>
        <translation>
            <numerusform>Cancelled at a batch boundary: %Ln late row of %1 is filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.</numerusform>
            <numerusform>Cancelled at a batch boundary: %Ln late rows of %1 are filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled at a batch boundary: %Ln row(s) of %1 {is|are} filled, %2 is not recorded as applied; run migrate again to finish.</source>
        <translation>
            <numerusform>Cancelled at a batch boundary: %Ln row of %1 is filled, %2 is not recorded as applied; run migrate again to finish.</numerusform>
            <numerusform>Cancelled at a batch boundary: %Ln rows of %1 are filled, %2 is not recorded as applied; run migrate again to finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 within %2 ms after %Ln attempt(s); it is held by another session</source>
        <translation>
            <numerusform>%1.%2 is not recorded, but %Ln batch record of the values it filled in %3 is in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1.%2 is not recorded, but %Ln batch record of the values it filled in %3 is in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1.%2 is not recorded, but %Ln batch records of the values it filled in %3 are in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;gma::Executor&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Could not lock %1 after %Ln attempt; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempt; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempts; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Could not lock %1 after %Ln attempt; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempt; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempts; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Cancelled at a batch boundary: %Ln late row of %1 is filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln late row of %1 is filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/numerusform&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln late rows of %1 are filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Cancelled at a batch boundary: %Ln row of %1 is filled, %2 is not recorded as applied; run migrate again to finish.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln row of %1 is filled, %2 is not recorded as applied; run migrate again to finish.&lt;/numerusform&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln rows of %1 are filled, %2 is not recorded as applied; run migrate again to finish.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1: dropped what it left in %2 (%Ln statement ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1: dropped what it left in %2 (%Ln statement ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1: dropped what it left in %2 (%Ln statements ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;could not lock %1 within %2 ms after %Ln attempt; it is held by another session</numerusform>
            <numerusform>%1.%2 is not recorded, but %Ln batch records of the values it filled in %3 are in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1.%2 is not recorded, but %Ln batch record of the values it filled in %3 is in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1.%2 is not recorded, but %Ln batch records of the values it filled in %3 are in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;gma::Executor&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Could not lock %1 after %Ln attempts; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempt; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempts; it is held by another session. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Could not lock %1 after %Ln attempts; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempt; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
            &lt;numerusform&gt;Could not lock %1 after %Ln attempts; it is held by %2. Nothing was changed: retry when that session has finished.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Cancelled at a batch boundary: %Ln late rows of %1 are filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln late row of %1 is filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/numerusform&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln late rows of %1 are filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Cancelled at a batch boundary: %Ln rows of %1 are filled, %2 is not recorded as applied; run migrate again to finish.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln row of %1 is filled, %2 is not recorded as applied; run migrate again to finish.&lt;/numerusform&gt;
            &lt;numerusform&gt;Cancelled at a batch boundary: %Ln rows of %1 are filled, %2 is not recorded as applied; run migrate again to finish.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1: dropped what it left in %2 (%Ln statements ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1: dropped what it left in %2 (%Ln statement ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/numerusform&gt;
            &lt;numerusform&gt;%1: dropped what it left in %2 (%Ln statements ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;could not lock %1 within %2 ms after %Ln attempts; it is held by another session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 within %2 ms after %Ln attempt(s); it is held by %3</source>
        <translation>
            <numerusform>could not lock %1 within %2 ms after %Ln attempt; it is held by %3</numerusform>
            <numerusform>could not lock %1 within %2 ms after %Ln attempts; it is held by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: dropped what it left in %2 (%Ln statement(s) ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.</source>
        <translation>
            <numerusform>%1: dropped what it left in %2 (%Ln statement ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.</numerusform>
            <numerusform>%1: dropped what it left in %2 (%Ln statements ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.</numerusform>
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
    <name>gma::Preflight</name>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} a %2 longer than %3 characters, and %4 narrows %2 to varchar(%5), so it would fail: shorten or rename them first.</source>
        <translation>
            <numerusform>%Ln row of %1 has a %2 longer than %3 characters, and %4 narrows %2 to varchar(%5), so it would fail: shorten or rename them first.</numerusform>
            <numerusform>%Ln rows of %1 have a %2 longer than %3 characters, and %4 narrows %2 to varchar(%5), so it would fail: shorten or rename them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them into %4 and records them, so that a rollback restores the NULLs.</source>
        <translation>
            <numerusform>%Ln row of %1 has no %2 (NULL); %3 turns them into %4 and records them, so that a rollback restores the NULLs.</numerusform>
            <numerusform>%Ln rows of %1 have no %2 (NULL); %3 turns them into %4 and records them, so that a rollback restores the NULLs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them into %4.</source>
        <translation>
            <numerusform>%Ln row of %1 has no %2 (NULL); %3 turns them into %4.</numerusform>
            <numerusform>%Ln rows of %1 have no %2 (NULL); %3 turns them into %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} a NULL %2, and %3 makes %2 NOT NULL, so it would fail: fill them first.</source>
        <translation>
            <numerusform>%Ln row of %1 has a NULL %2, and %3 makes %2 NOT NULL, so it would fail: fill them first.</numerusform>
            <numerusform>%Ln rows of %1 have a NULL %2, and %3 makes %2 NOT NULL, so it would fail: fill them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>django_migrations records %Ln migration(s) out of dependency order: repair the history (Django refuses to migrate such a database too).</source>
        <translation>
            <numerusform>django_migrations records %Ln migration out of dependency order: repair the history (Django refuses to migrate such a database too).</numerusform>
            <numerusform>django_migrations records %Ln migrations out of dependency order: repair the history (Django refuses to migrate such a database too).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application session(s) held locks on the plan&apos;s tables only briefly while sampled (none for longer than the run&apos;s lock timeout of %1 ms): the run waits for them within its lock timeout and retries.</source>
        <translation>
            <numerusform>%Ln application session held locks on the plan&apos;s tables only briefly while sampled (none for longer than the run&apos;s lock timeout of %1 ms): the run waits for them within its lock timeout and retries.</numerusform>
            <numerusform>%Ln application sessions held locks on the plan&apos;s tables only briefly while sampled (none for longer than the run&apos;s lock timeout of %1 ms): the run waits for them within its lock timeout and retries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) {holds or waits for|hold or wait for} locks on the plan&apos;s tables for longer than the run&apos;s lock timeout of %1 ms, so its statements would wait and queue the application&apos;s queries behind them: %2. Let {it|them} finish, or end {it|them} (SELECT pg_terminate_backend(pid)), then retry.</source>
        <translation>
            <numerusform>%Ln session holds or waits for locks on the plan&apos;s tables for longer than the run&apos;s lock timeout of %1 ms, so its statements would wait and queue the application&apos;s queries behind them: %2. Let it finish, or end it (SELECT pg_terminate_backend(pid)), then retry.</numerusform>
            <numerusform>%Ln sessions hold or wait for locks on the plan&apos;s tables for longer than the run&apos;s lock timeout of %1 ms, so its statements would wait and queue the application&apos;s queries behind them: %2. Let them finish, or end them (SELECT pg_terminate_backend(pid)), then retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln other session(s) held locks only briefly: those the run absorbs.)</source>
        <translation>
            <numerusform>(%Ln other session held locks only briefly: those the run absorbs.)</numerusform>
            <numerusform>(%Ln other sessions held locks only briefly: those the run absorbs.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s) in this database {has|have} been open longer than %1 s (%2): if {it touches|they touch} the plan&apos;s tables while the schema step waits for its lock, the application&apos;s queries queue behind; prefer a quiet moment.</source>
        <translation>
            <numerusform>%Ln transaction in this database has been open longer than %1 s (%2): if it touches the plan&apos;s tables while the schema step waits for its lock, the application&apos;s queries queue behind; prefer a quiet moment.</numerusform>
            <numerusform>%Ln transactions in this database have been open longer than %1 s (%2): if they touch the plan&apos;s tables while the schema step waits for its lock, the application&apos;s queries queue behind; prefer a quiet moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} an owner that is not in users_user, and %2 fills the audit users with the owner, so it would fail: reassign or restore the owners first.</source>
        <translation>
            <numerusform>%Ln row of %1 has an owner that is not in users_user, and %2 fills the audit users with the owner, so it would fail: reassign or restore the owners first.</numerusform>
            <numerusform>%Ln rows of %1 have an owner that is not in users_user, and %2 fills the audit users with the owner, so it would fail: reassign or restore the owners first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::Preview</name>
    <message numerus="yes">
        <source>%Ln NULL(s) converted</source>
        <translation>
            <numerusform>%Ln NULL converted</numerusform>
            <numerusform>%Ln NULLs converted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NULL(s) converted in batches of %1 rows, each its own transaction</source>
        <translation>
            <numerusform>%Ln NULL converted in batches of %1 rows, each its own transaction</numerusform>
            <numerusform>%Ln NULLs converted in batches of %1 rows, each its own transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores %Ln NULL(s) recorded by the schema step</source>
        <translation>
            <numerusform>restores %Ln NULL recorded by the schema step</numerusform>
            <numerusform>restores %Ln NULLs recorded by the schema step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sets back %Ln value(s)</source>
        <translation>
            <numerusform>sets back %Ln value</numerusform>
            <numerusform>sets back %Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fills %Ln row(s)</source>
        <translation>
            <numerusform>fills %Ln row</numerusform>
            <numerusform>fills %Ln rows</numerusform>
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
    <name>gma::Validation</name>
    <message numerus="yes">
        <source>%Ln row(s) {lacks|lack} a value.</source>
        <translation>
            <numerusform>%Ln row lacks a value.</numerusform>
            <numerusform>%Ln rows lack a value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>identical (%Ln schema fact(s) compared)</source>
        <translation>
            <numerusform>identical (%Ln schema fact compared)</numerusform>
            <numerusform>identical (%Ln schema facts compared)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate row(s)</source>
        <translation>
            <numerusform>%Ln duplicate row</numerusform>
            <numerusform>%Ln duplicate rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consistent (%Ln migration(s) recorded)</source>
        <translation>
            <numerusform>consistent (%Ln migration recorded)</numerusform>
            <numerusform>consistent (%Ln migrations recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checksum(s) match</source>
        <translation>
            <numerusform>%Ln checksum match</numerusform>
            <numerusform>%Ln checksums match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded migration(s) {was|were} applied by Django, without a checksum.</source>
        <translation>
            <numerusform>%Ln recorded migration was applied by Django, without a checksum.</numerusform>
            <numerusform>%Ln recorded migrations were applied by Django, without a checksum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) {points|point} to a row that does not exist.</source>
        <translation>
            <numerusform>%Ln row points to a row that does not exist.</numerusform>
            <numerusform>%Ln rows point to a row that does not exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (campaign, name) pair(s) {is|are} used by more than one character.</source>
        <translation>
            <numerusform>%Ln (campaign, name) pair is used by more than one character.</numerusform>
            <numerusform>%Ln (campaign, name) pairs are used by more than one character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) from the contract.</source>
        <translation>
            <numerusform>%Ln difference from the contract.</numerusform>
            <numerusform>%Ln differences from the contract.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::cli::Cli</name>
    <message numerus="yes">
        <source>%Ln check(s) run</source>
        <translation>
            <numerusform>%Ln check run</numerusform>
            <numerusform>%Ln checks run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step(s), schema steps online (--online). Nothing has been changed.</source>
        <translation>
            <numerusform>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step, schema steps online (--online). Nothing has been changed.</numerusform>
            <numerusform>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps, schema steps online (--online). Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step(s). Nothing has been changed.</source>
        <translation>
            <numerusform>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step. Nothing has been changed.</numerusform>
            <numerusform>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks for `%1` (%Ln step(s)):</source>
        <translation>
            <numerusform>Preflight checks for `%1` (%Ln step):</numerusform>
            <numerusform>Preflight checks for `%1` (%Ln steps):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Preflight checks found %Ln problem (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
            <numerusform>Preflight checks found %Ln problems (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Preflight checks found %Ln problem (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
            <numerusform>Preflight checks found %Ln problems (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Preflight checks found %Ln problem (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
            <numerusform>Preflight checks found %Ln problems (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln {batch|batches}</source>
        <translation>
            <numerusform>%1 in %Ln batch</numerusform>
            <numerusform>%1 in %Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>throttled %Ln time(s) for %1</source>
        <translation>
            <numerusform>throttled %Ln time for %1</numerusform>
            <numerusform>throttled %Ln times for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1</source>
        <translation>
            <numerusform>%Ln row, %1</numerusform>
            <numerusform>%Ln rows, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OK (%1, %Ln row(s))</source>
        <translation>
            <numerusform>OK (%1, %Ln row)</numerusform>
            <numerusform>OK (%1, %Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified; state %1 (%Ln migration(s) recorded); rows: %2</source>
        <translation>
            <numerusform>verified; state %1 (%Ln migration recorded); rows: %2</numerusform>
            <numerusform>verified; state %1 (%Ln migrations recorded); rows: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT verified; state %1 (%Ln migration(s) recorded); rows: %2</source>
        <translation>
            <numerusform>NOT verified; state %1 (%Ln migration recorded); rows: %2</numerusform>
            <numerusform>NOT verified; state %1 (%Ln migrations recorded); rows: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fleet: %1 on %Ln target(s)</source>
        <translation>
            <numerusform>fleet: %1 on %Ln target</numerusform>
            <numerusform>fleet: %1 on %Ln targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is sound: %2, checksum unchanged, %Ln archive {entry|entries} readable.</source>
        <translation>
            <numerusform>%Ln check run&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln check run&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln checks run&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln error&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln error&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln errors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln warning&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln warning&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln warnings&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step, schema steps online (--online). Nothing has been changed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step, schema steps online (--online). Nothing has been changed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps, schema steps online (--online). Nothing has been changed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step. Nothing has been changed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step. Nothing has been changed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps. Nothing has been changed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks for `%1` (%Ln step):&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks for `%1` (%Ln step):&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks for `%1` (%Ln steps):&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problem (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problem (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problem (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 in %Ln batch&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 in %Ln batch&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 in %Ln batches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln row&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln row&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln rows&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln attempt&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln attempt&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln attempts&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;throttled %Ln time for %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;throttled %Ln time for %1&lt;/numerusform&gt;
            &lt;numerusform&gt;throttled %Ln times for %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln row, %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln row, %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln rows, %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;OK (%1, %Ln row)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;OK (%1, %Ln row)&lt;/numerusform&gt;
            &lt;numerusform&gt;OK (%1, %Ln rows)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;verified; state %1 (%Ln migration recorded); rows: %2&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;verified; state %1 (%Ln migration recorded); rows: %2&lt;/numerusform&gt;
            &lt;numerusform&gt;verified; state %1 (%Ln migrations recorded); rows: %2&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;NOT verified; state %1 (%Ln migration recorded); rows: %2&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;NOT verified; state %1 (%Ln migration recorded); rows: %2&lt;/numerusform&gt;
            &lt;numerusform&gt;NOT verified; state %1 (%Ln migrations recorded); rows: %2&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;fleet: %1 on %Ln target&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;fleet: %1 on %Ln target&lt;/numerusform&gt;
            &lt;numerusform&gt;fleet: %1 on %Ln targets&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Filled %1 with %2 in %Ln batch (%3); a rollback of that step sets them back to NULL.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Filled %1 with %2 in %Ln batch (%3); a rollback of that step sets them back to NULL.&lt;/numerusform&gt;
            &lt;numerusform&gt;Filled %1 with %2 in %Ln batches (%3); a rollback of that step sets them back to NULL.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln late row&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln late row&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln late rows&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Backup %1 is sound: %2, checksum unchanged, %Ln archive entry readable.</numerusform>
            <numerusform>%Ln checks run&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln check run&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln checks run&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln errors&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln error&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln errors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln warnings&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln warning&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln warnings&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps, schema steps online (--online). Nothing has been changed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step, schema steps online (--online). Nothing has been changed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps, schema steps online (--online). Nothing has been changed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps. Nothing has been changed.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step. Nothing has been changed.&lt;/numerusform&gt;
            &lt;numerusform&gt;Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln steps. Nothing has been changed.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks for `%1` (%Ln steps):&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks for `%1` (%Ln step):&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks for `%1` (%Ln steps):&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problems (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problems (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Preflight checks found %Ln problems (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problem (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
            &lt;numerusform&gt;Preflight checks found %Ln problems (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 in %Ln batches&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 in %Ln batch&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 in %Ln batches&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln rows&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln row&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln rows&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln attempts&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln attempt&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln attempts&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;throttled %Ln times for %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;throttled %Ln time for %1&lt;/numerusform&gt;
            &lt;numerusform&gt;throttled %Ln times for %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln rows, %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln row, %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln rows, %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;OK (%1, %Ln rows)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;OK (%1, %Ln row)&lt;/numerusform&gt;
            &lt;numerusform&gt;OK (%1, %Ln rows)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;verified; state %1 (%Ln migrations recorded); rows: %2&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;verified; state %1 (%Ln migration recorded); rows: %2&lt;/numerusform&gt;
            &lt;numerusform&gt;verified; state %1 (%Ln migrations recorded); rows: %2&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;NOT verified; state %1 (%Ln migrations recorded); rows: %2&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;NOT verified; state %1 (%Ln migration recorded); rows: %2&lt;/numerusform&gt;
            &lt;numerusform&gt;NOT verified; state %1 (%Ln migrations recorded); rows: %2&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;fleet: %1 on %Ln targets&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;fleet: %1 on %Ln target&lt;/numerusform&gt;
            &lt;numerusform&gt;fleet: %1 on %Ln targets&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Filled %1 with %2 in %Ln batches (%3); a rollback of that step sets them back to NULL.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Filled %1 with %2 in %Ln batch (%3); a rollback of that step sets them back to NULL.&lt;/numerusform&gt;
            &lt;numerusform&gt;Filled %1 with %2 in %Ln batches (%3); a rollback of that step sets them back to NULL.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%Ln late rows&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln late row&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln late rows&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;Backup %1 is sound: %2, checksum unchanged, %Ln archive entries readable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is sound: %2, not in the catalogue (no checksum to compare), %Ln archive {entry|entries} readable.</source>
        <translation>
            <numerusform>Backup %1 is sound: %2, not in the catalogue (no checksum to compare), %Ln archive entry readable.</numerusform>
            <numerusform>Backup %1 is sound: %2, not in the catalogue (no checksum to compare), %Ln archive entries readable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %Ln late row(s) with %1 in %2 (batches: %3); a rollback of that step sets {it|them} back to NULL.</source>
        <translation>
            <numerusform>Filled %Ln late row with %1 in %2 (batches: %3); a rollback of that step sets it back to NULL.</numerusform>
            <numerusform>Filled %Ln late rows with %1 in %2 (batches: %3); a rollback of that step sets them back to NULL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::cli::ProgressPrinter</name>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  batch size %Ln row(s)</source>
        <translation>
            <numerusform>  batch size %Ln row</numerusform>
            <numerusform>  batch size %Ln rows</numerusform>
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
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preflight found %n error(s) that would stop the run; fix them first.</source>
        <translation>
            <numerusform>%1: preflight found %n error that would stop the run; fix them first.</numerusform>
            <numerusform>%1: preflight found %n errors that would stop the run; fix them first.</numerusform>
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
