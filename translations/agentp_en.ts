<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AiDraftHandler</name>
    <message>
        <source>The saved prompt of this draft is damaged; ask for a new draft.</source>
        <translation />
    </message>
    <message>
        <source>The draft reached the length limit and may end mid-sentence.</source>
        <translation />
    </message>
    <message>
        <source>%1 It will be tried again automatically.</source>
        <translation />
    </message>
    <message>
        <source>The keychain did not hand out the API key in time.</source>
        <translation />
    </message>
    <message>
        <source>The draft service did not start writing within %1 s. It will be tried again automatically.</source>
        <translation />
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>A shift must end after it starts and by 24:00.</source>
        <translation />
    </message>
    <message>
        <source>The shifts %1 and %2 overlap.</source>
        <translation />
    </message>
    <message>
        <source>%1: a list of shifts is expected.</source>
        <translation />
    </message>
    <message>
        <source>%1: a shift is two times such as ["09:00", "18:00"].</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a known time zone (for example Europe/Moscow).</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation />
    </message>
    <message>
        <source>The calendar has no working hours on any day.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a shift such as 09:00-13:00.</source>
        <translation />
    </message>
</context>
<context>
    <name>CancellationRisk</name>
    <message numerus="yes">
        <source>%n day(s) since last visit</source>
        <translation>
            <numerusform>%n day since last visit</numerusform>
            <numerusform>%n days since last visit</numerusform>
        </translation>
    </message>
    <message>
        <source>last visit unknown</source>
        <translation />
    </message>
    <message>
        <source>cancels %1 % of bookings</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>booked %n day(s) ahead</source>
        <translation>
            <numerusform>booked %n day ahead</numerusform>
            <numerusform>booked %n days ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>booked the same day</source>
        <translation />
    </message>
    <message>
        <source>new client</source>
        <translation />
    </message>
</context>
<context>
    <name>ChatIntentHandler</name>
    <message>
        <source>Chat sync is not running.</source>
        <translation />
    </message>
    <message>
        <source>The reply was removed before it was sent.</source>
        <translation />
    </message>
    <message>
        <source>Could not check whether the reply already arrived: %1</source>
        <translation />
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>The copy of “%1” made when the reply was queued is gone; remove the reply and attach the file again.</source>
        <translation />
    </message>
    <message>
        <source>No answer from the marketplace; it will be checked whether the reply arrived before it is sent again.</source>
        <translation />
    </message>
</context>
<context>
    <name>ClientMemoryFields</name>
    <message>
        <source>Preferred services</source>
        <translation />
    </message>
    <message>
        <source>Preferred master</source>
        <translation />
    </message>
    <message>
        <source>Preferred time</source>
        <translation />
    </message>
    <message>
        <source>Communication style</source>
        <translation />
    </message>
    <message>
        <source>Last service</source>
        <translation />
    </message>
    <message>
        <source>Last visit</source>
        <translation />
    </message>
    <message>
        <source>Usual interval, days</source>
        <translation />
    </message>
    <message>
        <source>Missed visits</source>
        <translation />
    </message>
    <message>
        <source>Allergies</source>
        <translation />
    </message>
    <message>
        <source>Birthday</source>
        <translation />
    </message>
    <message>
        <source>Notes</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No</source>
        <translation />
    </message>
    <message>
        <source>Visits</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation />
    </message>
    <message>
        <source>Show the program version and exit.</source>
        <translation />
    </message>
    <message>
        <source>Open the built-in demo workspace (created on first use in your data folder).</source>
        <translation />
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation />
    </message>
    <message>
        <source>User interface language: ru or en (default: the saved choice, else the system language).</source>
        <translation />
    </message>
    <message>
        <source>Render every pane of the opened workspace to DIR/&lt;pane&gt;.png and exit.</source>
        <translation />
    </message>
    <message>
        <source>demo create: multiply every volume by N (1–1000, default 1).</source>
        <translation />
    </message>
    <message>
        <source>demo create: random seed; the same seed gives the same data.</source>
        <translation />
    </message>
    <message>
        <source>demo create: replace PATH if it exists.</source>
        <translation />
    </message>
    <message>
        <source>Unknown language “%1”; use ru or en.</source>
        <translation />
    </message>
    <message>
        <source>Unknown demo command; use: demo create PATH [--scale N].</source>
        <translation />
    </message>
    <message>
        <source>demo create needs exactly one PATH.</source>
        <translation />
    </message>
    <message>
        <source>demo create takes only --scale, --seed and --force.</source>
        <translation />
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000.</source>
        <translation />
    </message>
    <message>
        <source>--seed must be a positive whole number.</source>
        <translation />
    </message>
    <message>
        <source>Unknown argument “%1”.</source>
        <translation />
    </message>
    <message>
        <source>--scale, --seed and --force belong to demo create.</source>
        <translation />
    </message>
    <message>
        <source>Use either --demo or --workspace, not both.</source>
        <translation />
    </message>
    <message>
        <source>Workspace not found: %1</source>
        <translation />
    </message>
    <message>
        <source>--screenshot needs a folder.</source>
        <translation />
    </message>
    <message>
        <source>Try --help.</source>
        <translation />
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation />
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation />
    </message>
    <message>
        <source>Creating… %1%</source>
        <translation />
    </message>
    <message>
        <source>Created %1: %2 salons, %3 bot dialogs (%4 messages), %5 seller accounts, %6 chats (%7 messages) in %8 s</source>
        <translation />
    </message>
    <message>
        <source>predict-risk takes only --workspace PATH.</source>
        <translation />
    </message>
    <message>
        <source>predict-risk needs --workspace PATH.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1: scored %n upcoming booking(s), %2 at 50 % risk or more.</source>
        <translation>
            <numerusform>%1: scored %n upcoming booking, %2 at 50 % risk or more.</numerusform>
            <numerusform>%1: scored %n upcoming bookings, %2 at 50 % risk or more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Api-Key: </source>
        <translation />
    </message>
    <message>
        <source>agentp-console: no Api-Key given; pipe it to standard input or set AGENTP_API_KEY.</source>
        <translation />
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation />
    </message>
    <message>
        <source>Added account “%1” (id %2) to %3; its Api-Key is in the keychain.</source>
        <translation />
    </message>
    <message>
        <source>Added account “%1” (id %2) to %3.</source>
        <translation />
    </message>
    <message>
        <source>agentp-console: no keychain is available, so the Api-Key was not saved. For headless sync set %1 to the key.</source>
        <translation />
    </message>
    <message>
        <source>account add: the marketplace (ozon).</source>
        <translation />
    </message>
    <message>
        <source>account add: the account's name.</source>
        <translation />
    </message>
    <message>
        <source>account add: the Ozon Client-Id. The Api-Key is read from standard input or AGENTP_API_KEY, never from arguments.</source>
        <translation />
    </message>
    <message>
        <source>account add: the API address (default: the marketplace's own).</source>
        <translation />
    </message>
    <message>
        <source>sync: one full pass of every enabled account, then exit.</source>
        <translation />
    </message>
    <message>
        <source>sync: only the account with this name.</source>
        <translation />
    </message>
    <message>
        <source>%1 takes no --demo, --screenshot or demo create options.</source>
        <translation />
    </message>
    <message>
        <source>%1 needs --workspace PATH.</source>
        <translation />
    </message>
    <message>
        <source>Unknown account command; use: account add --workspace PATH --marketplace ozon --name NAME --client-id ID.</source>
        <translation />
    </message>
    <message>
        <source>--once and --account belong to sync.</source>
        <translation />
    </message>
    <message>
        <source>account add needs --marketplace and --name.</source>
        <translation />
    </message>
    <message>
        <source>sync takes only --workspace PATH, --once and --account NAME.</source>
        <translation />
    </message>
    <message>
        <source>sync runs only with --once (the window syncs continuously).</source>
        <translation />
    </message>
    <message>
        <source>--account needs a name.</source>
        <translation />
    </message>
    <message>
        <source>--marketplace, --name, --client-id and --base-url belong to account add.</source>
        <translation />
    </message>
    <message>
        <source>a reply was not sent: %1</source>
        <translation />
    </message>
    <message>
        <source>No seller account is called “%1”.</source>
        <translation />
    </message>
    <message>
        <source>agentp-console: the account “%1” is disabled.</source>
        <translation />
    </message>
    <message>
        <source>The workspace has no enabled seller account; add one with: account add.</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2): %3 chats, %4 new messages, %5 errors</source>
        <translation />
    </message>
    <message>
        <source>Replies: %1 sent, %2 waiting, %3 failed</source>
        <translation />
    </message>
    <message>
        <source>agentp-console: the sync did not finish within 30 minutes.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Upserted the metrics of %n salon(s).</source>
        <translation>
            <numerusform>Upserted the metrics of %n salon.</numerusform>
            <numerusform>Upserted the metrics of %n salons.</numerusform>
        </translation>
    </message>
    <message>
        <source>collect-metrics: the day to count (default: yesterday in each salon's time zone).</source>
        <translation />
    </message>
    <message>
        <source>Agent P Console — buyer chats and salon bot analytics.

Usage:
  agentp-console [--demo | --workspace PATH] [--lang ru|en] [--screenshot DIR]
  agentp-console demo create PATH [--scale N] [--seed N] [--force]
  agentp-console predict-risk --workspace PATH
  agentp-console account add --workspace PATH --marketplace ozon --name NAME --client-id ID [--base-url URL]
  agentp-console sync --workspace PATH --once [--account NAME]
  agentp-console collect-metrics --workspace PATH [--date YYYY-MM-DD]</source>
        <translation />
    </message>
    <message>
        <source>collect-metrics takes only --workspace PATH and --date YYYY-MM-DD.</source>
        <translation />
    </message>
    <message>
        <source>collect-metrics needs --workspace PATH.</source>
        <translation />
    </message>
    <message>
        <source>--date must be a date such as 2026-11-20.</source>
        <translation />
    </message>
    <message>
        <source>--date belongs to collect-metrics.</source>
        <translation />
    </message>
</context>
<context>
    <name>ContactLinks</name>
    <message>
        <source>WhatsApp</source>
        <translation />
    </message>
    <message>
        <source>Telegram</source>
        <translation />
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>%1 %</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>vs previous %n day(s)</source>
        <translation>
            <numerusform>vs previous %n day</numerusform>
            <numerusform>vs previous %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nothing to compare with</source>
        <translation />
    </message>
    <message>
        <source>%1 no change %2</source>
        <translation />
    </message>
    <message>
        <source>%1 %2 % %3</source>
        <translation />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation />
    </message>
    <message>
        <source>%1 not comparable: no dialogs in one of the periods</source>
        <translation />
    </message>
    <message>
        <source>%1 %2 pp %3</source>
        <translation />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation />
    </message>
</context>
<context>
    <name>PostgrestError</name>
    <message>
        <source>The sign-in has expired; please sign in again.</source>
        <translation />
    </message>
    <message>
        <source>Supabase did not accept the project's API key. Check it in the connection settings.</source>
        <translation />
    </message>
    <message>
        <source>Supabase did not accept the sign-in (HTTP %1).</source>
        <translation />
    </message>
    <message>
        <source>Supabase refused access to this data: the account lacks the permission.</source>
        <translation />
    </message>
    <message>
        <source>Supabase does not know this table, function or record.</source>
        <translation />
    </message>
    <message>
        <source>The change conflicts with data already on the server.</source>
        <translation />
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1).</source>
        <translation />
    </message>
    <message>
        <source>This schema is not exposed by the project's Data API settings.</source>
        <translation />
    </message>
    <message>
        <source>The requested page lies past the end of the results.</source>
        <translation />
    </message>
    <message>
        <source>Supabase is limiting the request rate; try again a little later.</source>
        <translation />
    </message>
    <message>
        <source>Supabase has a temporary problem (HTTP %1).</source>
        <translation />
    </message>
    <message>
        <source>Supabase sent an unexpected answer (HTTP %1).</source>
        <translation />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Agent P Console</source>
        <translation />
    </message>
    <message>
        <source>Cannot prepare the demo rows for table %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot write demo rows %1–%2 of table %3</source>
        <translation />
    </message>
    <message>
        <source>The demo scale must be between 1 and %1 (got %2).</source>
        <translation />
    </message>
    <message>
        <source>No file name was given for the demo workspace.</source>
        <translation />
    </message>
    <message>
        <source>%1 already exists; the demo workspace was not created and the file was left unchanged. Choose another name or remove the file first.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write the demo workspace %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the schema</source>
        <translation />
    </message>
    <message>
        <source>Cannot move the finished demo workspace to %1 (it may have been created meanwhile, or the folder is not writable). Nothing was changed.</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Agent P Console (schema %2; this program knows up to %3). Update the program to open it; the file was not changed.</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not an Agent P workspace (not an SQLite database). Choose another file.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation />
    </message>
    <message>
        <source>The workspace %1 does not have the expected tables (%2). It may have been edited by another tool.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation />
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation />
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation />
    </message>
    <message>
        <source>Cannot commit schema version %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot queue the action</source>
        <translation />
    </message>
    <message>
        <source>Cannot withdraw the action</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation />
    </message>
    <message>
        <source>Cannot update the outbox</source>
        <translation />
    </message>
    <message>
        <source>Cannot retry the action</source>
        <translation />
    </message>
    <message>
        <source>Cannot read bot dialogs</source>
        <translation />
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup or create a new workspace.</source>
        <translation />
    </message>
    <message>
        <source>The disk that holds the workspace is full, so the change was not saved; everything saved before is intact. Free some disk space and try again. (%1)</source>
        <translation />
    </message>
    <message>
        <source>Cannot save workspace settings</source>
        <translation />
    </message>
    <message>
        <source>Cannot read clients</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the risky bookings</source>
        <translation />
    </message>
    <message>
        <source>This booking was already handled.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the predictions</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the bookings</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the visit history</source>
        <translation />
    </message>
    <message>
        <source>Cannot store the predictions</source>
        <translation />
    </message>
    <message>
        <source>Cannot start a change</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the row to change</source>
        <translation />
    </message>
    <message>
        <source>Cannot update the row</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the salon metrics</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the salons</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the salon</source>
        <translation />
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation />
    </message>
    <message>
        <source>An earlier change of this salon was not accepted. Re-apply it or keep the server's version first.</source>
        <translation />
    </message>
    <message>
        <source>The salon is no longer in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>Cannot store the salon</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the waitlist</source>
        <translation />
    </message>
    <message>
        <source>This client is no longer on the waitlist.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the clients at risk</source>
        <translation />
    </message>
    <message>
        <source>Cannot start the request</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the request</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the win-back requests</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the client</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the win-back request</source>
        <translation />
    </message>
    <message>
        <source>Cannot update the win-back request</source>
        <translation />
    </message>
    <message>
        <source>The server did not say who signed in.</source>
        <translation />
    </message>
</context>
<context>
    <name>SalonIntentHandler</name>
    <message>
        <source>The connection to the salon server closed before it answered; trying again.</source>
        <translation />
    </message>
    <message>
        <source>This change cannot be sent to the salon server (%1).</source>
        <translation />
    </message>
    <message>
        <source>The salon session has expired: sign in again; the change waits.</source>
        <translation />
    </message>
    <message>
        <source>The salon server refused the change: your account may not do this (%1).</source>
        <translation />
    </message>
    <message>
        <source>Not signed in to the salon server: the change waits until you sign in.</source>
        <translation />
    </message>
    <message>
        <source>The booking is no longer in the salon's list.</source>
        <translation />
    </message>
    <message>
        <source>The waitlist change could not be read and was not sent.</source>
        <translation />
    </message>
    <message>
        <source>The waitlist request no longer exists on the salon server.</source>
        <translation />
    </message>
    <message>
        <source>The waitlist request changed on the salon server while it was being updated; trying again.</source>
        <translation />
    </message>
    <message>
        <source>Someone else already set this waitlist request to “%1” on the salon server; their change was kept.</source>
        <translation />
    </message>
    <message>
        <source>The win-back request no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>The salon server's answer to the win-back request could not be read; check the request on the server before asking again.</source>
        <translation />
    </message>
    <message>
        <source>The workspace is busy; trying again.</source>
        <translation />
    </message>
    <message>
        <source>The salon server's answer to the settings change could not be read; it may have been applied. Check the settings on the server.</source>
        <translation />
    </message>
    <message>
        <source>Someone else changed the settings of “%1” meanwhile (the server has version %2, your change was based on version %3). Their version was kept; compare and re-apply yours if it still applies.</source>
        <translation />
    </message>
    <message>
        <source>The settings change could not be read and was not applied. Edit the settings and save again.</source>
        <translation />
    </message>
</context>
<context>
    <name>SalonMirror</name>
    <message>
        <source>The salon server sent a %1 row (%2 of %3) without a usable “%4”; the page was not stored.</source>
        <translation />
    </message>
</context>
<context>
    <name>SalonWaitlistDemoHandler</name>
    <message>
        <source>The booking is no longer in the salon's list.</source>
        <translation />
    </message>
    <message>
        <source>The waitlist request no longer exists.</source>
        <translation />
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Booked</source>
        <translation />
    </message>
    <message>
        <source>Completed</source>
        <translation />
    </message>
    <message>
        <source>Abandoned</source>
        <translation />
    </message>
    <message>
        <source>Handed to admin</source>
        <translation />
    </message>
    <message>
        <source>Active</source>
        <translation />
    </message>
    <message>
        <source>Cancelled</source>
        <translation />
    </message>
    <message>
        <source>Error</source>
        <translation />
    </message>
    <message>
        <source>Booking</source>
        <translation />
    </message>
    <message>
        <source>Reschedule</source>
        <translation />
    </message>
    <message>
        <source>Cancellation</source>
        <translation />
    </message>
    <message>
        <source>Question</source>
        <translation />
    </message>
    <message>
        <source>Price enquiry</source>
        <translation />
    </message>
    <message>
        <source>Unknown client</source>
        <translation />
    </message>
    <message>
        <source>Booking %1</source>
        <translation />
    </message>
</context>
<context>
    <name>SlaReport</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chat histories</source>
        <translation />
    </message>
    <message>
        <source>Removed account</source>
        <translation />
    </message>
    <message>
        <source>No reply</source>
        <translation />
    </message>
    <message>
        <source>Unknown agent</source>
        <translation />
    </message>
</context>
<context>
    <name>SlaRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation />
    </message>
    <message>
        <source>Choose what the rule applies to.</source>
        <translation />
    </message>
    <message>
        <source>The first-response target must be between 1 minute and 7 days.</source>
        <translation />
    </message>
    <message>
        <source>The next-response target must be between 1 minute and 7 days.</source>
        <translation />
    </message>
    <message>
        <source>The warning must come before the deadline: less than the shorter target.</source>
        <translation />
    </message>
</context>
<context>
    <name>SupabaseConfig</name>
    <message>
        <source>The Supabase project address is missing or not valid.</source>
        <translation />
    </message>
    <message>
        <source>The Supabase project address must start with https://.</source>
        <translation />
    </message>
    <message>
        <source>The Supabase API key is missing.</source>
        <translation />
    </message>
</context>
<context>
    <name>TenantSettings</name>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>YClients ID</source>
        <translation />
    </message>
    <message>
        <source>Admin chat ID</source>
        <translation />
    </message>
    <message>
        <source>Closing time</source>
        <translation />
    </message>
    <message>
        <source>Gap filter</source>
        <translation />
    </message>
    <message>
        <source>Enter the salon's name.</source>
        <translation />
    </message>
    <message>
        <source>The name is too long: %1 characters, at most %2.</source>
        <translation />
    </message>
    <message>
        <source>Enter the YClients company ID (digits).</source>
        <translation />
    </message>
    <message>
        <source>The YClients ID may contain digits only, e.g. 123456.</source>
        <translation />
    </message>
    <message>
        <source>The YClients ID is too long: at most %1 digits.</source>
        <translation />
    </message>
    <message>
        <source>Enter a whole number, e.g. -1001234567890, or leave it empty.</source>
        <translation />
    </message>
    <message>
        <source>The number is too large for a chat ID (64-bit range).</source>
        <translation />
    </message>
    <message>
        <source>Enter the closing time as HH:MM, e.g. 21:00.</source>
        <translation />
    </message>
    <message>
        <source>Use the 24-hour format HH:MM with two digits each, e.g. 09:05 or 21:00.</source>
        <translation />
    </message>
    <message>
        <source>No such time: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation />
    </message>
    <message>
        <source>On</source>
        <translation />
    </message>
    <message>
        <source>Off</source>
        <translation />
    </message>
</context>
<context>
    <name>TenantSettingsDemoHandler</name>
    <message>
        <source>The demo server is busy; trying again.</source>
        <translation />
    </message>
    <message>
        <source>The demo server is busy.</source>
        <translation />
    </message>
    <message>
        <source>No such salon.</source>
        <translation />
    </message>
    <message>
        <source>The settings change could not be read and was not applied. Edit the settings and save again.</source>
        <translation />
    </message>
    <message>
        <source>This salon no longer exists on the server.</source>
        <translation />
    </message>
    <message>
        <source>Someone else changed the settings of “%1” meanwhile (the server has version %2, your change was based on version %3). Their version was kept; compare and re-apply yours if it still applies.</source>
        <translation />
    </message>
    <message>
        <source>The server refused the settings: %1 %2</source>
        <translation />
    </message>
</context>
<context>
    <name>WaitlistLabels</name>
    <message>
        <source>Converted</source>
        <translation />
    </message>
    <message>
        <source>Cancelled</source>
        <translation />
    </message>
    <message>
        <source>Contacted</source>
        <translation />
    </message>
    <message>
        <source>Matched</source>
        <translation />
    </message>
    <message>
        <source>Notified</source>
        <translation />
    </message>
    <message>
        <source>Ignored</source>
        <translation />
    </message>
    <message>
        <source>%1 — can be undone</source>
        <translation />
    </message>
    <message>
        <source>%1 — queued</source>
        <translation />
    </message>
    <message>
        <source>%1 — will retry (%2)</source>
        <translation />
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation />
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation />
    </message>
    <message>
        <source>Unknown client</source>
        <translation />
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation />
    </message>
    <message>
        <source>%1, from %2</source>
        <translation />
    </message>
    <message>
        <source>%1, until %2</source>
        <translation />
    </message>
    <message>
        <source>%1, any time</source>
        <translation />
    </message>
    <message>
        <source>today</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation />
    </message>
</context>
<context>
    <name>WaitlistMatch</name>
    <message>
        <source>This client is no longer on the waitlist.</source>
        <translation />
    </message>
    <message>
        <source>This slot is already matched or its risk was ignored.</source>
        <translation />
    </message>
    <message>
        <source>The slot belongs to another salon.</source>
        <translation />
    </message>
    <message>
        <source>The slot is for “%1”; the client waits for “%2”.</source>
        <translation />
    </message>
    <message>
        <source>The slot is on %1; the client wants %2.</source>
        <translation />
    </message>
    <message>
        <source>The slot at %1 is outside the client's window %2–%3.</source>
        <translation />
    </message>
    <message>
        <source>The slot has already passed.</source>
        <translation />
    </message>
    <message>
        <source>The client asked for %1; the slot is with %2.</source>
        <translation />
    </message>
    <message>
        <source>another master</source>
        <translation />
    </message>
</context>
<context>
    <name>WinBackDemoHandler</name>
    <message>
        <source>The win-back request no longer exists.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app</name>
    <message>
        <source>This user is switched off on the server.</source>
        <translation />
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation />
    </message>
    <message>
        <source>Wrong e-mail or password (AGENTP_SUPABASE_EMAIL, AGENTP_SUPABASE_PASSWORD).</source>
        <translation />
    </message>
    <message>
        <source>%1 is not connected to a Supabase project; set AGENTP_SUPABASE_URL and AGENTP_SUPABASE_KEY.</source>
        <translation />
    </message>
    <message>
        <source>Set AGENTP_SUPABASE_EMAIL and AGENTP_SUPABASE_PASSWORD to a super admin's login (for a timer: in a file only its user can read).</source>
        <translation />
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 — dialogs %3, bookings %4, conversion %5 %, mean answer %6 ms</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app::ConsoleController</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation />
    </message>
    <message>
        <source>Your session on the salon server has expired. Sign in again; the changes you made meanwhile are kept and sent after sign-in.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app::CredentialStore</name>
    <message>
        <source>The system keychain could not complete the request (%1). Try again; if it keeps failing, check that the keyring service is running and unlocked.</source>
        <translation />
    </message>
    <message>
        <source>No system keychain is available; passwords and keys are kept in memory until you quit and must be entered again next time.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app::SalonConnection</name>
    <message>
        <source>salon server: connecting…</source>
        <translation />
    </message>
    <message>
        <source>salon server: offline — working from the local copy</source>
        <translation />
    </message>
    <message>
        <source>salon server: signed out</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app::ScreenshotRunner</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation />
    </message>
    <message>
        <source>Screenshots written to %1:</source>
        <translation />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::app::SyncHost</name>
    <message>
        <source>No Api-Key is stored for “%1”: enter it in the account settings, or set %2 for headless use.</source>
        <translation />
    </message>
    <message>
        <source>Syncing chats: %1…</source>
        <translation />
    </message>
    <message>
        <source>No API key is stored for the draft service: enter it in the draft settings, or set %1 for headless use.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::domain::AiSettings</name>
    <message>
        <source>The service address must be a full http(s) URL, e.g. https://api.deepseek.com.</source>
        <translation />
    </message>
    <message>
        <source>Name the model, e.g. deepseek-flash.</source>
        <translation />
    </message>
    <message>
        <source>The number of messages sent must be between %1 and %2.</source>
        <translation />
    </message>
    <message>
        <source>The prompt limit must be between 1,000 and 200,000 characters.</source>
        <translation />
    </message>
    <message>
        <source>The reply limit must be between 50 and 8,000 tokens.</source>
        <translation />
    </message>
    <message>
        <source>The timeout must be between 5 and 600 seconds.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::domain::ContactGuard</name>
    <message>
        <source>a phone number</source>
        <translation />
    </message>
    <message>
        <source>an e-mail address</source>
        <translation />
    </message>
    <message>
        <source>a link</source>
        <translation />
    </message>
    <message>
        <source>a messenger handle</source>
        <translation />
    </message>
    <message>
        <source>a messenger</source>
        <translation />
    </message>
    <message>
        <source>Contains %1: marketplaces forbid contact details outside the chat and fine the seller. Check before sending.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::domain::ReplyRules</name>
    <message>
        <source>The chat is closed; the marketplace accepts no replies in it.</source>
        <translation />
    </message>
    <message>
        <source>This is a notification channel; it cannot be answered.</source>
        <translation />
    </message>
    <message>
        <source>The 48-hour reply window closed on %1; the buyer has to write first.</source>
        <translation />
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation />
    </message>
    <message>
        <source>The reply has %1 characters; the marketplace accepts at most %2.</source>
        <translation />
    </message>
    <message>
        <source>This marketplace does not accept files in chats.</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be sent: allowed are %2.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is %2; the limit is %3.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::CannedReplyModel</name>
    <message>
        <source>/%1 — %2</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::ChatListLoader</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chat messages</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::ChatListModel</name>
    <message>
        <source>Chat %1</source>
        <translation />
    </message>
    <message>
        <source>Order %1</source>
        <translation />
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::ChatMessageModel</name>
    <message>
        <source>Cannot read the chat</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the attachments</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Phone</source>
        <translation />
    </message>
    <message>
        <source>Favourite master</source>
        <translation />
    </message>
    <message>
        <source>Visits</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::DraftUsageModel</name>
    <message>
        <source>(unknown agent)</source>
        <translation />
    </message>
    <message>
        <source>Agent</source>
        <translation />
    </message>
    <message>
        <source>Drafts requested</source>
        <translation />
    </message>
    <message>
        <source>Inserted</source>
        <translation />
    </message>
    <message>
        <source>Sent as written</source>
        <translation />
    </message>
    <message>
        <source>Sent after editing</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::RiskModel</name>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
    <message>
        <source>Client notified</source>
        <translation />
    </message>
    <message>
        <source>Cancellation risk %1: %2</source>
        <translation />
    </message>
    <message>
        <source>No phone number</source>
        <translation />
    </message>
    <message>
        <source>Booking %1, salon time</source>
        <translation />
    </message>
    <message>
        <source>Client</source>
        <translation />
    </message>
    <message>
        <source>Service</source>
        <translation />
    </message>
    <message>
        <source>Slot</source>
        <translation />
    </message>
    <message>
        <source>Risk</source>
        <translation />
    </message>
    <message>
        <source>Why</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Salon</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::SavedViewModel</name>
    <message numerus="yes">
        <source>%1: %n chat(s)</source>
        <translation>
            <numerusform>%1: %n chat</numerusform>
            <numerusform>%1: %n chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentp::models::SessionTableModel</name>
    <message>
        <source>ID</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Client</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Intent</source>
        <translation />
    </message>
    <message>
        <source>Service</source>
        <translation />
    </message>
    <message>
        <source>Salon</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::SlaChatTableModel</name>
    <message>
        <source>within target</source>
        <translation />
    </message>
    <message>
        <source>late</source>
        <translation />
    </message>
    <message>
        <source>missed</source>
        <translation />
    </message>
    <message>
        <source>waiting</source>
        <translation />
    </message>
    <message>
        <source>Chat</source>
        <translation />
    </message>
    <message>
        <source>Account</source>
        <translation />
    </message>
    <message>
        <source>Answered by</source>
        <translation />
    </message>
    <message>
        <source>Waits</source>
        <translation />
    </message>
    <message>
        <source>Within target</source>
        <translation />
    </message>
    <message>
        <source>Late</source>
        <translation />
    </message>
    <message>
        <source>Missed</source>
        <translation />
    </message>
    <message>
        <source>First wait, working min</source>
        <translation />
    </message>
    <message>
        <source>Its target, min</source>
        <translation />
    </message>
    <message>
        <source>First wait</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::SlaFigureModel</name>
    <message>
        <source>All</source>
        <translation />
    </message>
    <message>
        <source>%1 min</source>
        <translation />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation />
    </message>
    <message>
        <source>Click to list the chats behind this figure</source>
        <translation />
    </message>
    <message>
        <source>Account</source>
        <translation />
    </message>
    <message>
        <source>Agent</source>
        <translation />
    </message>
    <message>
        <source>Within target</source>
        <translation />
    </message>
    <message>
        <source>Late</source>
        <translation />
    </message>
    <message>
        <source>Missed</source>
        <translation />
    </message>
    <message>
        <source>Within, %</source>
        <translation />
    </message>
    <message>
        <source>Median first response</source>
        <translation />
    </message>
    <message>
        <source>90th percentile</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::WaitlistModel</name>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
    <message>
        <source>No phone number</source>
        <translation />
    </message>
    <message>
        <source>Asked on %1</source>
        <translation />
    </message>
    <message>
        <source>Client</source>
        <translation />
    </message>
    <message>
        <source>Service</source>
        <translation />
    </message>
    <message>
        <source>Wanted</source>
        <translation />
    </message>
    <message>
        <source>Waiting</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Salon</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::models::WinBackModel</name>
    <message>
        <source>High %1 %</source>
        <translation />
    </message>
    <message>
        <source>Medium %1 %</source>
        <translation />
    </message>
    <message>
        <source>Low %1 %</source>
        <translation />
    </message>
    <message>
        <source>None %1 %</source>
        <translation />
    </message>
    <message>
        <source>Queued</source>
        <translation />
    </message>
    <message>
        <source>Sent</source>
        <translation />
    </message>
    <message>
        <source>Delivered</source>
        <translation />
    </message>
    <message>
        <source>Came back</source>
        <translation />
    </message>
    <message>
        <source>Failed</source>
        <translation />
    </message>
    <message>
        <source>today</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (assumed)</source>
        <translation>
            <numerusform>every %n day </numerusform>
            <numerusform>every %n days assumed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than two visits: the usual %n days are assumed</source>
        <translation>
            <numerusform>Fewer than two visits: the usual %n days are assumed</numerusform>
            <numerusform>Fewer than two visits: the usual %n days are assumed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the last visit ÷ %2-day cycle = %3</source>
        <translation />
    </message>
    <message>
        <source>Requested %1</source>
        <translation />
    </message>
    <message>
        <source>Client</source>
        <translation />
    </message>
    <message>
        <source>Last visit</source>
        <translation />
    </message>
    <message>
        <source>Cycle</source>
        <translation />
    </message>
    <message>
        <source>Risk</source>
        <translation />
    </message>
    <message>
        <source>Request</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::ChatHistoryPull</name>
    <message>
        <source>The chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>The account was closed while its chat was syncing.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::ChatSyncEngine</name>
    <message>
        <source>Syncing chats of this marketplace is not supported yet.</source>
        <translation />
    </message>
    <message>
        <source>The seller account is disabled or was removed.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>The seller account no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has no address to download it from.</source>
        <translation />
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot save “%1” to %2: %3</source>
        <translation />
    </message>
    <message>
        <source>Cannot record the download of “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>The chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>The seller account of this chat is disabled or was removed.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::HttpTransport</name>
    <message>
        <source>The answer from %1 is too large (over %2 MB).</source>
        <translation />
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation />
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation />
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation />
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::OzonConnector</name>
    <message>
        <source>The Ozon account has no Client-Id or Api-Key.</source>
        <translation />
    </message>
    <message>
        <source>Reading newer messages needs the chat and a message to start from.</source>
        <translation />
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation />
    </message>
    <message>
        <source>An empty file cannot be sent.</source>
        <translation />
    </message>
    <message>
        <source>Marking read needs the chat and a message.</source>
        <translation />
    </message>
    <message>
        <source>The attachment has no valid address.</source>
        <translation />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::OzonJson</name>
    <message>
        <source>Ozon sent an answer that cannot be read (%1).</source>
        <translation />
    </message>
    <message>
        <source>Ozon did not accept the Client-Id and Api-Key. Check them in the account settings.</source>
        <translation />
    </message>
    <message>
        <source>Ozon no longer allows replies in this chat: the reply period has expired.</source>
        <translation />
    </message>
    <message>
        <source>Ozon refused access to buyer chats: they need the Premium Plus or Premium Pro subscription.</source>
        <translation />
    </message>
    <message>
        <source>Ozon does not know this chat or method (HTTP 404).</source>
        <translation />
    </message>
    <message>
        <source>Ozon is limiting the request rate; the request will be repeated later.</source>
        <translation />
    </message>
    <message>
        <source>Ozon rejected the request (HTTP %1).</source>
        <translation />
    </message>
    <message>
        <source>Ozon rejected the request: %1</source>
        <translation />
    </message>
    <message>
        <source>Ozon has a temporary problem (HTTP %1).</source>
        <translation />
    </message>
    <message>
        <source>Ozon sent an unexpected answer (HTTP %1).</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::SalonPull</name>
    <message>
        <source>The salon server connection is closed.</source>
        <translation />
    </message>
    <message>
        <source>The salon server answered a read with something other than a list of rows.</source>
        <translation />
    </message>
    <message>
        <source>The salon server sent %1 rows without “%2”.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::SalonSync</name>
    <message>
        <source>The salon data cannot be stored: the workspace is not open.</source>
        <translation />
    </message>
    <message>
        <source>salon server: live</source>
        <translation />
    </message>
    <message>
        <source>salon server: polling (%1)</source>
        <translation />
    </message>
    <message>
        <source>salon server: connecting…</source>
        <translation />
    </message>
    <message>
        <source>salon server: polling (live updates refused for this address)</source>
        <translation />
    </message>
    <message>
        <source>Salon data not updated: %1</source>
        <translation />
    </message>
    <message>
        <source>salon server: session expired — sign in again</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::UrlPolicy</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation />
    </message>
    <message>
        <source>The address %1 must use HTTPS: keys and passwords are never sent unencrypted to another machine.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::demo::DemoDraftWriter</name>
    <message>
        <source>The draft was stopped.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::demo::DemoMarketplace</name>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The demo marketplace is not running.</source>
        <translation />
    </message>
    <message>
        <source>The demo marketplace failed: %1</source>
        <translation />
    </message>
    <message>
        <source>Unknown cursor.</source>
        <translation />
    </message>
    <message>
        <source>No such chat.</source>
        <translation />
    </message>
    <message>
        <source>Unknown message id.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::llm::LlmClient</name>
    <message>
        <source>%1 refused the API key.</source>
        <translation />
    </message>
    <message>
        <source>The account at %1 has run out of balance.</source>
        <translation />
    </message>
    <message>
        <source>%1 is busy (%2); the draft will be retried.</source>
        <translation />
    </message>
    <message>
        <source>%1 is overloaded (%2); the draft will be retried.</source>
        <translation />
    </message>
    <message>
        <source>%1 had an internal error (%2); the draft will be retried.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not accept the model “%2”.</source>
        <translation />
    </message>
    <message>
        <source>%1 offers no chat completions at this address (404).</source>
        <translation />
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <translation />
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation />
    </message>
    <message>
        <source>The AI service address “%1” is not valid.</source>
        <translation />
    </message>
    <message>
        <source>No AI model is configured.</source>
        <translation />
    </message>
    <message>
        <source>No API key is configured for the AI service.</source>
        <translation />
    </message>
    <message>
        <source>The API key for the AI service contains spaces or control characters.</source>
        <translation />
    </message>
    <message>
        <source>The AI request was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation />
    </message>
    <message>
        <source>The answer from %1 is too large.</source>
        <translation />
    </message>
    <message>
        <source>%1 reported an error while answering; the draft will be retried.</source>
        <translation />
    </message>
    <message>
        <source>%1 sent an empty answer.</source>
        <translation />
    </message>
    <message>
        <source>The answer from %1 broke off.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::supabase::PostgrestClient</name>
    <message>
        <source>The request names no table or function.</source>
        <translation />
    </message>
    <message>
        <source>Supabase sent an answer that is not valid JSON.</source>
        <translation />
    </message>
    <message>
        <source>Refusing to change every row of “%1”: the update has no filter.</source>
        <translation />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::supabase::RealtimeClient</name>
    <message>
        <source>Live updates are unavailable: the realtime server did not answer in time.</source>
        <translation />
    </message>
    <message>
        <source>Live updates need the project's API key.</source>
        <translation />
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation />
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation />
    </message>
    <message>
        <source>The server did not confirm live updates for %1 in time.</source>
        <translation />
    </message>
    <message>
        <source>closed by the server</source>
        <translation />
    </message>
    <message>
        <source>Live updates stopped: the connection to the realtime server was lost (%1).</source>
        <translation />
    </message>
    <message>
        <source>Live updates are unavailable: the realtime server cannot be reached (%1).</source>
        <translation />
    </message>
    <message>
        <source>Live updates stopped: the realtime server stopped answering.</source>
        <translation />
    </message>
    <message>
        <source>The server confirmed live updates for %1 with other settings.</source>
        <translation />
    </message>
    <message>
        <source>The server refused live updates for %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The server closed live updates for %1.</source>
        <translation />
    </message>
    <message>
        <source>Live updates for %1 failed on the server.</source>
        <translation />
    </message>
    <message>
        <source>The server cannot stream changes of %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Live updates are paused: the sign-in has expired and must be renewed.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::net::supabase::SupabaseSession</name>
    <message>
        <source>Not connected to a Supabase project.</source>
        <translation />
    </message>
    <message>
        <source>The server cannot be reached (%1). After one online sign-in, the same password unlocks offline.</source>
        <translation />
    </message>
    <message>
        <source>Too many wrong passwords: try again after %1.</source>
        <translation />
    </message>
    <message>
        <source>This account is switched off; ask your administrator.</source>
        <translation />
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation />
    </message>
    <message>
        <source>This account has not signed in online on this computer yet; offline unlock needs one online sign-in.</source>
        <translation />
    </message>
    <message>
        <source>Wrong password.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::security::SecretStore</name>
    <message>
        <source>The credential name “%1” is not valid.</source>
        <translation />
    </message>
    <message>
        <source>An empty password or key cannot be saved; remove it instead.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the folder “%1” for outgoing files.</source>
        <translation />
    </message>
    <message>
        <source>Cannot copy “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the order of %1</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::AccountRepository</name>
    <message>
        <source>Unknown marketplace “%1”; expected one of: %2.</source>
        <translation />
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation />
    </message>
    <message>
        <source>The account name is longer than 200 characters.</source>
        <translation />
    </message>
    <message>
        <source>The Ozon Client-Id is missing.</source>
        <translation />
    </message>
    <message>
        <source>The Ozon Client-Id is a number (the seller id shown in the Seller API settings); “%1” is not.</source>
        <translation />
    </message>
    <message>
        <source>Choose at least one chat type to sync.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a chat type.</source>
        <translation />
    </message>
    <message>
        <source>Another account of this marketplace is already called “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the account</source>
        <translation />
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot remove the account</source>
        <translation />
    </message>
    <message>
        <source>Cannot record the sync outcome</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a web address such as https://api-seller.ozon.ru.</source>
        <translation />
    </message>
    <message>
        <source>The base address must not contain a user name, query or fragment.</source>
        <translation />
    </message>
    <message>
        <source>The base address must use HTTPS: the Api-Key would travel unencrypted. Plain HTTP is allowed only to this computer (localhost).</source>
        <translation />
    </message>
    <message>
        <source>The base address must start with https://.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::AiDraftRepository</name>
    <message>
        <source>Cannot save the draft</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the draft</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the draft usage</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::AiSettingsRepository</name>
    <message>
        <source>Cannot read the draft settings</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the draft settings</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the prompts</source>
        <translation />
    </message>
    <message>
        <source>The default prompt cannot be empty.</source>
        <translation />
    </message>
    <message>
        <source>The prompt is too long (at most %1 characters).</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the prompt</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::CannedReplyRepository</name>
    <message>
        <source>The canned reply no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the canned replies</source>
        <translation />
    </message>
    <message>
        <source>Give the reply a shortcut, e.g. “hello”.</source>
        <translation />
    </message>
    <message>
        <source>Type the shortcut without the “/”: it is what follows it in the composer.</source>
        <translation />
    </message>
    <message>
        <source>The shortcut cannot contain spaces.</source>
        <translation />
    </message>
    <message>
        <source>The shortcut is too long (at most %1 characters).</source>
        <translation />
    </message>
    <message>
        <source>The shortcut “/%1” is already used by another reply.</source>
        <translation />
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation />
    </message>
    <message>
        <source>The text is too long: %1 characters, at most %2.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the canned reply</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the canned reply</source>
        <translation />
    </message>
    <message>
        <source>the canned replies</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::ChatRepository</name>
    <message>
        <source>Cannot save the chat</source>
        <translation />
    </message>
    <message>
        <source>The chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the sync position</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the sync position</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation />
    </message>
    <message>
        <source>Cannot save a chat</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the reply</source>
        <translation />
    </message>
    <message>
        <source>Cannot mark the chat read</source>
        <translation />
    </message>
    <message>
        <source>Cannot mute the chat</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::DraftQueue</name>
    <message>
        <source>AI drafts are switched off in the draft settings.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation />
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot queue the draft</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::ReplyQueue</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation />
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation />
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the reply</source>
        <translation />
    </message>
    <message>
        <source>Cannot mark the chat read</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::SavedViewRepository</name>
    <message>
        <source>Cannot read the saved views</source>
        <translation />
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation />
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation />
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation />
    </message>
    <message>
        <source>Cannot rename the view</source>
        <translation />
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation />
    </message>
    <message>
        <source>the saved views</source>
        <translation />
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::store::SlaRuleRepository</name>
    <message>
        <source>Cannot read the SLA rules</source>
        <translation />
    </message>
    <message>
        <source>The working hours of the SLA rule “%1” cannot be read (%2); it counts around the clock until they are set again.</source>
        <translation />
    </message>
    <message>
        <source>The SLA rule no longer exists.</source>
        <translation />
    </message>
    <message>
        <source>The default rule covers all chats; make a new rule for a narrower scope.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the SLA rule</source>
        <translation />
    </message>
    <message>
        <source>The default rule cannot be removed: every chat needs a rule.</source>
        <translation />
    </message>
    <message>
        <source>Cannot remove the SLA rule</source>
        <translation />
    </message>
    <message>
        <source>the SLA rules</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::AccountDialog</name>
    <message>
        <source>Ozon</source>
        <translation />
    </message>
    <message>
        <source>Wildberries</source>
        <translation />
    </message>
    <message>
        <source>Yandex Market</source>
        <translation />
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation />
    </message>
    <message>
        <source>Sync this account</source>
        <translation />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation />
    </message>
    <message>
        <source>Seller accounts</source>
        <translation />
    </message>
    <message>
        <source>empty: the marketplace's own address</source>
        <translation />
    </message>
    <message>
        <source>Marketplace:</source>
        <translation />
    </message>
    <message>
        <source>Name:</source>
        <translation />
    </message>
    <message>
        <source>Client-Id:</source>
        <translation />
    </message>
    <message>
        <source>Api-Key:</source>
        <translation />
    </message>
    <message>
        <source>API address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;New account</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation />
    </message>
    <message>
        <source>required</source>
        <translation />
    </message>
    <message>
        <source>stored — type to replace it</source>
        <translation />
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation />
    </message>
    <message>
        <source>Enter the Api-Key of the account.</source>
        <translation />
    </message>
    <message>
        <source>Saved.</source>
        <translation />
    </message>
    <message>
        <source>Saved, but the Api-Key was not: no keychain is available.</source>
        <translation />
    </message>
    <message>
        <source>Saved, with the Api-Key in the keychain.</source>
        <translation />
    </message>
    <message>
        <source>Saved, but the Api-Key was not: %1</source>
        <translation />
    </message>
    <message>
        <source>Remove account</source>
        <translation />
    </message>
    <message>
        <source>Remove “%1” with all its chats from this workspace? The marketplace keeps them.</source>
        <translation />
    </message>
    <message>
        <source>The account is already gone.</source>
        <translation />
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation />
    </message>
    <message>
        <source>The test was withdrawn.</source>
        <translation />
    </message>
    <message>
        <source>◷ Waiting for the sync to test the connection…</source>
        <translation />
    </message>
    <message>
        <source>… Testing the connection…</source>
        <translation />
    </message>
    <message>
        <source>✗ The connection fails: %1</source>
        <translation />
    </message>
    <message>
        <source>no reason given</source>
        <translation />
    </message>
    <message>
        <source>✓ The connection works.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::AiSettingsDialog</name>
    <message>
        <source>Offer AI drafts in chats</source>
        <translation />
    </message>
    <message>
        <source>Show the draft while it is written (streaming)</source>
        <translation />
    </message>
    <message>
        <source>Let the model think first (slower, costs more)</source>
        <translation />
    </message>
    <message>
        <source> messages</source>
        <translation />
    </message>
    <message>
        <source> tokens</source>
        <translation />
    </message>
    <message>
        <source> s</source>
        <translation />
    </message>
    <message>
        <source>AI drafts</source>
        <translation />
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation />
    </message>
    <message>
        <source>cannot be stored: no keychain</source>
        <translation />
    </message>
    <message>
        <source>Service (any OpenAI-compatible endpoint)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Send the newest:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reply limit:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Timeout without an answer:</source>
        <translation />
    </message>
    <message>
        <source>System prompt</source>
        <translation />
    </message>
    <message>
        <source>&amp;For:</source>
        <translation />
    </message>
    <message>
        <source>Filled per chat: {marketplace}, {account}, {chat_type}, {order_number}, {product}. Leave an account's prompt empty to use the workspace default.</source>
        <translation />
    </message>
    <message>
        <source>Restore the built-in prompt</source>
        <translation />
    </message>
    <message>
        <source>All accounts (default)</source>
        <translation />
    </message>
    <message>
        <source>Uses the workspace default.</source>
        <translation />
    </message>
    <message>
        <source>This account uses the workspace default prompt.</source>
        <translation />
    </message>
    <message>
        <source>The built-in prompt; saving makes it version 1.</source>
        <translation />
    </message>
    <message>
        <source>Version %1, saved %2. Drafts remember the version they used.</source>
        <translation />
    </message>
    <message>
        <source>The default prompt cannot be empty.</source>
        <translation />
    </message>
    <message>
        <source>A prompt is too long (at most %1 characters).</source>
        <translation />
    </message>
    <message>
        <source>Saved.</source>
        <translation />
    </message>
    <message>
        <source>Saved; storing the API key…</source>
        <translation />
    </message>
    <message>
        <source>Saved, with the API key in the keychain.</source>
        <translation />
    </message>
    <message>
        <source>Saved, but the API key was not: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::CannedRepliesDialog</name>
    <message>
        <source>the buyer's name</source>
        <translation />
    </message>
    <message>
        <source>the order number</source>
        <translation />
    </message>
    <message>
        <source>the product the chat is about</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation />
    </message>
    <message>
        <source>Canned replies</source>
        <translation />
    </message>
    <message>
        <source>e.g. hello</source>
        <translation />
    </message>
    <message>
        <source>Typed after “/” in the reply field; letters, digits, no spaces</source>
        <translation />
    </message>
    <message>
        <source>What the reply is for, e.g. Greeting</source>
        <translation />
    </message>
    <message>
        <source>The text that goes into the reply</source>
        <translation />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation />
    </message>
    <message>
        <source>Variables: %1. One that has no value in a chat stays in the reply, highlighted, for you to fill in.</source>
        <translation />
    </message>
    <message>
        <source>Insert variable</source>
        <translation />
    </message>
    <message>
        <source>Put a variable into the text at the cursor</source>
        <translation />
    </message>
    <message>
        <source>Shortcut:</source>
        <translation />
    </message>
    <message>
        <source>Title:</source>
        <translation />
    </message>
    <message>
        <source>Text:</source>
        <translation />
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation />
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation />
    </message>
    <message>
        <source>This reply was deleted meanwhile; Save adds it again.</source>
        <translation />
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation />
    </message>
    <message>
        <source>Delete the canned reply “/%1”?</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::CannedReplyPopup</name>
    <message>
        <source>Canned replies</source>
        <translation />
    </message>
    <message>
        <source>No canned reply matches “/%1”.</source>
        <translation />
    </message>
    <message>
        <source>No canned replies yet. Add them with Replies… ▸ Canned replies… above the chat list.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ChatBubbleDelegate</name>
    <message>
        <source>file</source>
        <translation />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
    <message>
        <source>◷ queued</source>
        <translation />
    </message>
    <message>
        <source>… sending</source>
        <translation />
    </message>
    <message>
        <source>✓ sent</source>
        <translation />
    </message>
    <message>
        <source>✓✓ read</source>
        <translation />
    </message>
    <message>
        <source>⚠ not sent</source>
        <translation />
    </message>
    <message>
        <source>Marketplace support</source>
        <translation />
    </message>
    <message>
        <source>Retry</source>
        <translation />
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation />
    </message>
    <message>
        <source>loading…</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ChatListDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation />
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
    <message>
        <source>%1 min</source>
        <translation />
    </message>
    <message>
        <source>%1 h %2</source>
        <translation />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation />
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ChatView</name>
    <message>
        <source>&amp;Retry</source>
        <translation />
    </message>
    <message>
        <source>Chat history</source>
        <translation />
    </message>
    <message>
        <source>Send the failed reply again (Ctrl+Shift+R)</source>
        <translation />
    </message>
    <message>
        <source>Retry the failed reply</source>
        <translation />
    </message>
    <message>
        <source>No chat selected</source>
        <translation />
    </message>
    <message>
        <source>This chat no longer exists</source>
        <translation />
    </message>
    <message>
        <source>Chat %1</source>
        <translation />
    </message>
    <message>
        <source>order %1</source>
        <translation />
    </message>
    <message>
        <source>closed</source>
        <translation />
    </message>
    <message>
        <source>Choose a chat on the left.</source>
        <translation />
    </message>
    <message>
        <source>A reply could not be sent.</source>
        <translation />
    </message>
    <message>
        <source>A reply could not be sent: %1</source>
        <translation />
    </message>
    <message>
        <source>Retry sending</source>
        <translation />
    </message>
    <message>
        <source>Copy text</source>
        <translation />
    </message>
    <message>
        <source>Download “%1”</source>
        <translation />
    </message>
    <message>
        <source>Open “%1”</source>
        <translation />
    </message>
    <message>
        <source>Save “%1” as…</source>
        <translation />
    </message>
    <message>
        <source>Save attachment</source>
        <translation />
    </message>
    <message>
        <source>Cannot save “%1” to %2.</source>
        <translation />
    </message>
    <message>
        <source>Downloading “%1”… Open it again in a moment.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ChatsPane</name>
    <message>
        <source>Ozon</source>
        <translation />
    </message>
    <message>
        <source>Wildberries</source>
        <translation />
    </message>
    <message>
        <source>Yandex Market</source>
        <translation />
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation />
    </message>
    <message>
        <source>Unread</source>
        <translation />
    </message>
    <message>
        <source>Only chats with unread messages</source>
        <translation />
    </message>
    <message>
        <source>Unanswered</source>
        <translation />
    </message>
    <message>
        <source>Only chats whose buyer wrote last</source>
        <translation />
    </message>
    <message>
        <source>Seller account</source>
        <translation />
    </message>
    <message>
        <source>Accounts…</source>
        <translation />
    </message>
    <message>
        <source>Add, edit or remove seller accounts</source>
        <translation />
    </message>
    <message>
        <source>Search names, orders, messages (Ctrl+K)</source>
        <translation />
    </message>
    <message>
        <source>Marketplace</source>
        <translation />
    </message>
    <message>
        <source>Newest activity</source>
        <translation />
    </message>
    <message>
        <source>Unread first</source>
        <translation />
    </message>
    <message>
        <source>Order of the chats</source>
        <translation />
    </message>
    <message>
        <source>Chats</source>
        <translation />
    </message>
    <message>
        <source>Search chats</source>
        <translation />
    </message>
    <message>
        <source>Previous chat</source>
        <translation />
    </message>
    <message>
        <source>Next chat</source>
        <translation />
    </message>
    <message>
        <source>Next unread chat</source>
        <translation />
    </message>
    <message>
        <source>All accounts</source>
        <translation />
    </message>
    <message>
        <source>All marketplaces</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source> · message text is still being indexed</source>
        <translation />
    </message>
    <message>
        <source> · searching the messages…</source>
        <translation />
    </message>
    <message>
        <source>No other chat has unread messages.</source>
        <translation />
    </message>
    <message>
        <source>Urgent</source>
        <translation />
    </message>
    <message>
        <source>Only chats close to or past their SLA deadline</source>
        <translation />
    </message>
    <message>
        <source>Most urgent first</source>
        <translation />
    </message>
    <message>
        <source>SLA…</source>
        <translation />
    </message>
    <message>
        <source>Response-time rules and working hours</source>
        <translation />
    </message>
    <message>
        <source>Report…</source>
        <translation />
    </message>
    <message>
        <source>SLA compliance per account and agent (Ctrl+Shift+L)</source>
        <translation />
    </message>
    <message>
        <source>Mute or unmute the chat</source>
        <translation />
    </message>
    <message>
        <source>SLA compliance report</source>
        <translation />
    </message>
    <message>
        <source>Save view</source>
        <translation />
    </message>
    <message>
        <source>The account of this view no longer exists; showing all accounts.</source>
        <translation />
    </message>
    <message>
        <source>That chat is no longer in the list.</source>
        <translation />
    </message>
    <message>
        <source>Chat muted: no SLA notifications for it.</source>
        <translation />
    </message>
    <message>
        <source>Chat unmuted: its SLA notifications are back.</source>
        <translation />
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation />
    </message>
    <message>
        <source>Mute notifications</source>
        <translation />
    </message>
    <message>
        <source>Save the current filters as a view…</source>
        <translation />
    </message>
    <message>
        <source>Replies…</source>
        <translation />
    </message>
    <message>
        <source>Canned replies and AI drafts</source>
        <translation />
    </message>
    <message>
        <source>Canned replies…</source>
        <translation />
    </message>
    <message>
        <source>Replies inserted with “/” in the reply field</source>
        <translation />
    </message>
    <message>
        <source>AI drafts…</source>
        <translation />
    </message>
    <message>
        <source>The draft service, its API key and the system prompts</source>
        <translation />
    </message>
    <message>
        <source> · loading the other chats…</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ClientDetailDialog</name>
    <message>
        <source>Client — %1</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>favourite master: %1</source>
        <translation />
    </message>
    <message>
        <source>Visits</source>
        <translation />
    </message>
    <message>
        <source>No visits yet.</source>
        <translation />
    </message>
    <message>
        <source>Bot dialogs</source>
        <translation />
    </message>
    <message>
        <source>No dialogs with the bot.</source>
        <translation />
    </message>
    <message>
        <source>Waitlist</source>
        <translation />
    </message>
    <message>
        <source>Never on the waitlist.</source>
        <translation />
    </message>
    <message>
        <source>Predictions</source>
        <translation />
    </message>
    <message>
        <source>No upcoming booking has a risk prediction.</source>
        <translation />
    </message>
    <message>
        <source>Open dialog</source>
        <translation />
    </message>
    <message>
        <source>Double-click or press Enter to read the dialog</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Service</source>
        <translation />
    </message>
    <message>
        <source>Master</source>
        <translation />
    </message>
    <message>
        <source>Price</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Completed</source>
        <translation />
    </message>
    <message>
        <source>Cancelled</source>
        <translation />
    </message>
    <message>
        <source>Did not come</source>
        <translation />
    </message>
    <message>
        <source>%1 ₽</source>
        <translation />
    </message>
    <message>
        <source>Intent</source>
        <translation />
    </message>
    <message>
        <source>Messages</source>
        <translation />
    </message>
    <message>
        <source>Asked</source>
        <translation />
    </message>
    <message>
        <source>Wanted day</source>
        <translation />
    </message>
    <message>
        <source>Time</source>
        <translation />
    </message>
    <message>
        <source>Waiting</source>
        <translation />
    </message>
    <message>
        <source>Booked</source>
        <translation />
    </message>
    <message>
        <source>Matched to a slot</source>
        <translation />
    </message>
    <message>
        <source>any time</source>
        <translation />
    </message>
    <message>
        <source>%1–%2</source>
        <translation />
    </message>
    <message>
        <source>Slot</source>
        <translation />
    </message>
    <message>
        <source>Cancellation risk</source>
        <translation />
    </message>
    <message>
        <source>Open</source>
        <translation />
    </message>
    <message>
        <source>Client notified</source>
        <translation />
    </message>
    <message>
        <source>Ignored</source>
        <translation />
    </message>
    <message>
        <source>Matched</source>
        <translation />
    </message>
    <message>
        <source>%1 %</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ClientMemoryPanel</name>
    <message>
        <source>What the bot remembers</source>
        <translation />
    </message>
    <message>
        <source>Select a client to see what the bot remembers about them.</source>
        <translation />
    </message>
    <message>
        <source>What the bot remembers about %1</source>
        <translation />
    </message>
    <message>
        <source>The bot has not remembered anything about this client yet.</source>
        <translation />
    </message>
    <message>
        <source>Part of the bot's memory could not be read; it is not shown.</source>
        <translation />
    </message>
    <message>
        <source>Updated %1</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::ClientsPane</name>
    <message>
        <source>All salons</source>
        <translation />
    </message>
    <message>
        <source>Search by name or phone…</source>
        <translation />
    </message>
    <message>
        <source>Any part of the name, or at least 3 digits of the phone in any format (Ctrl+F)</source>
        <translation />
    </message>
    <message>
        <source>Double-click or press Enter for the client's visits, dialogs, waitlist entries and predictions</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n client exported to %1</numerusform>
            <numerusform>%n clients exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open client</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation />
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::Composer</name>
    <message>
        <source>Send</source>
        <translation />
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation />
    </message>
    <message>
        <source>Attach…</source>
        <translation />
    </message>
    <message>
        <source>Attach an image or a PDF</source>
        <translation />
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation />
    </message>
    <message>
        <source>Replies are not possible in this chat.</source>
        <translation />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation />
    </message>
    <message>
        <source>The reply is %1 characters too long.</source>
        <translation />
    </message>
    <message>
        <source>The reply has %1 characters; the marketplace accepts at most %2.</source>
        <translation />
    </message>
    <message>
        <source>Attach a file</source>
        <translation />
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>Choose a chat to reply.</source>
        <translation />
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::CsvExport</name>
    <message>
        <source>Export CSV…</source>
        <translation />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation />
    </message>
    <message>
        <source>Save the rows the filter shows as a CSV file (%1)</source>
        <translation />
    </message>
    <message>
        <source>The table has nothing to export.</source>
        <translation />
    </message>
    <message>
        <source>Export CSV</source>
        <translation />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>The file %1 was not written: %2
Nothing was changed; choose another folder or free some disk space and try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::FunnelChart</name>
    <message>
        <source>Dialogs</source>
        <translation />
    </message>
    <message>
        <source>Conversion funnel: dialogs, % of started</source>
        <translation />
    </message>
    <message>
        <source>Dialog started</source>
        <translation />
    </message>
    <message>
        <source>Service chosen</source>
        <translation />
    </message>
    <message>
        <source>Time chosen</source>
        <translation />
    </message>
    <message>
        <source>Booked</source>
        <translation />
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 dialogs, %3 of started</source>
        <translation />
    </message>
    <message>
        <source>, %1 of the previous stage</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::MainWindow</name>
    <message>
        <source>%1 — Agent P Console</source>
        <translation />
    </message>
    <message>
        <source>Workspace: %1 (demo)</source>
        <translation />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation />
    </message>
    <message>
        <source>● Online</source>
        <translation />
    </message>
    <message>
        <source>○ Offline — working from the local copy</source>
        <translation />
    </message>
    <message>
        <source>Demo data, no server</source>
        <translation />
    </message>
    <message>
        <source>Network state unknown</source>
        <translation />
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation />
    </message>
    <message>
        <source>Never synced</source>
        <translation />
    </message>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation />
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation />
    </message>
    <message>
        <source>&amp;About Agent P Console</source>
        <translation />
    </message>
    <message>
        <source>Open workspace</source>
        <translation />
    </message>
    <message>
        <source>Agent P workspaces (*.agentp);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation />
    </message>
    <message>
        <source>About Agent P Console</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;Agent P Console&lt;/b&gt; %1&lt;br&gt;Buyer chats and salon bot analytics, fast and offline.</source>
        <translation />
    </message>
    <message>
        <source>Sessions</source>
        <translation />
    </message>
    <message>
        <source>super admin</source>
        <translation />
    </message>
    <message>
        <source>admin</source>
        <translation />
    </message>
    <message>
        <source>manager</source>
        <translation />
    </message>
    <message>
        <source>agent</source>
        <translation />
    </message>
    <message>
        <source>sales</source>
        <translation />
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>Overview</source>
        <translation />
    </message>
    <message>
        <source>Waitlist &amp; risks</source>
        <translation />
    </message>
    <message>
        <source>Win-back</source>
        <translation />
    </message>
    <message>
        <source>Clients</source>
        <translation />
    </message>
    <message>
        <source>Tenant settings</source>
        <translation />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation />
    </message>
    <message>
        <source>Chats</source>
        <translation />
    </message>
    <message>
        <source>Sa&amp;lon server</source>
        <translation />
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation />
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected dialog or client&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search (Clients)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reset the filters; revert unsaved settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the Overview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now (all seller accounts)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sign in to the salon server&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Chats&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the chats&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Up&lt;/b&gt; / &lt;b&gt;Alt+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next chat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next chat with unread messages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Send the reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retry the reply that failed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute / unmute the chat's notifications&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the filters as a view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rename / delete the view (sidebar)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Do not disturb&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Waitlist &amp;amp; risks&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Convert&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Match with the selected slot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; / &lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Notify / ignore a risk&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo within 5 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retry a failed action&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bring a client back (Win-back)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save tenant settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::OverviewPane</name>
    <message>
        <source>Dialogs</source>
        <translation />
    </message>
    <message>
        <source>Bookings</source>
        <translation />
    </message>
    <message>
        <source>Conversion</source>
        <translation />
    </message>
    <message>
        <source>&amp;Salon:</source>
        <translation />
    </message>
    <message>
        <source>Which salon the figures are for (Alt+S)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation />
    </message>
    <message>
        <source>Period of the figures; compared with the period of the same length just before it (Alt+P)</source>
        <translation />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation />
    </message>
    <message>
        <source>Custom range</source>
        <translation />
    </message>
    <message>
        <source>First day of the range</source>
        <translation />
    </message>
    <message>
        <source>Last day of the range</source>
        <translation />
    </message>
    <message>
        <source>Refresh</source>
        <translation />
    </message>
    <message>
        <source>Read the figures from the store again (F5)</source>
        <translation />
    </message>
    <message>
        <source>All salons</source>
        <translation />
    </message>
    <message>
        <source>Data as of %1</source>
        <translation />
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation />
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation />
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation />
    </message>
    <message>
        <source>%1: counting the dialogs…</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SalonLoginDialog</name>
    <message>
        <source>Sign in to the salon server</source>
        <translation />
    </message>
    <message>
        <source>anon or publishable key</source>
        <translation />
    </message>
    <message>
        <source>The project's public key. Never enter the service-role key: the console does not need it and must not hold it.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation />
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation />
    </message>
    <message>
        <source>&amp;Unlock offline</source>
        <translation />
    </message>
    <message>
        <source>Work from the local copy: checks the password against the last online sign-in on this computer.</source>
        <translation />
    </message>
    <message>
        <source>Enter the salon server's address.</source>
        <translation />
    </message>
    <message>
        <source>The server address must look like https://&lt;project&gt;.supabase.co.</source>
        <translation />
    </message>
    <message>
        <source>The server address must start with https:// (plain http only for this computer).</source>
        <translation />
    </message>
    <message>
        <source>Enter the project's public key.</source>
        <translation />
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation />
    </message>
    <message>
        <source>Enter your password.</source>
        <translation />
    </message>
    <message>
        <source>Signing in…</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SavedViewList</name>
    <message>
        <source>Save…</source>
        <translation />
    </message>
    <message>
        <source>Save the chat list's search, filters and sort as a view (Ctrl+Shift+S in Chats)</source>
        <translation />
    </message>
    <message>
        <source>Chat views</source>
        <translation />
    </message>
    <message>
        <source>Save chat view</source>
        <translation />
    </message>
    <message>
        <source>Name of the view (the current search, filters and sort):</source>
        <translation />
    </message>
    <message>
        <source>A view called “%1” already exists. Replace what it shows with the current filters?</source>
        <translation />
    </message>
    <message>
        <source>Rename chat view</source>
        <translation />
    </message>
    <message>
        <source>New name:</source>
        <translation />
    </message>
    <message>
        <source>Delete chat view</source>
        <translation />
    </message>
    <message>
        <source>Delete the view “%1”? The chats stay; only the view goes.</source>
        <translation />
    </message>
    <message>
        <source>Show</source>
        <translation />
    </message>
    <message>
        <source>Rename…</source>
        <translation />
    </message>
    <message>
        <source>Replace with the current filters</source>
        <translation />
    </message>
    <message>
        <source>Move up</source>
        <translation />
    </message>
    <message>
        <source>Move down</source>
        <translation />
    </message>
    <message>
        <source>Delete…</source>
        <translation />
    </message>
    <message>
        <source>Save the current filters as a view…</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SessionHistoryDialog</name>
    <message>
        <source>Dialog with %1</source>
        <translation />
    </message>
    <message>
        <source>The dialog could not be read: %1</source>
        <translation />
    </message>
    <message>
        <source>This dialog has no messages.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SessionsPane</name>
    <message>
        <source>All salons</source>
        <translation />
    </message>
    <message>
        <source>All statuses</source>
        <translation />
    </message>
    <message>
        <source>All time</source>
        <translation />
    </message>
    <message>
        <source>Today</source>
        <translation />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation />
    </message>
    <message>
        <source>Custom range</source>
        <translation />
    </message>
    <message>
        <source>Client name…</source>
        <translation />
    </message>
    <message>
        <source>Reset filters</source>
        <translation />
    </message>
    <message>
        <source>Show every dialog again (Ctrl+R)</source>
        <translation />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation />
    </message>
    <message>
        <source>Open dialog</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n dialog</numerusform>
            <numerusform>%n dialogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) exported to %1</source>
        <translation>
            <numerusform>%n dialog exported to %1</numerusform>
            <numerusform>%n dialogs exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentp::views::SlaReportDialog</name>
    <message>
        <source>SLA compliance report</source>
        <translation />
    </message>
    <message>
        <source>Today</source>
        <translation />
    </message>
    <message>
        <source>Yesterday</source>
        <translation />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation />
    </message>
    <message>
        <source>This month</source>
        <translation />
    </message>
    <message>
        <source>Custom</source>
        <translation />
    </message>
    <message>
        <source>Refresh</source>
        <translation />
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation />
    </message>
    <message>
        <source>Period:</source>
        <translation />
    </message>
    <message>
        <source>By account</source>
        <translation />
    </message>
    <message>
        <source>By agent</source>
        <translation />
    </message>
    <message>
        <source>Double-click or Enter opens the chat</source>
        <translation />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n chat(s) exported to %1</source>
        <translation>
            <numerusform>%n chat exported to %1</numerusform>
            <numerusform>%n chats exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation />
    </message>
    <message>
        <source>Click a figure to list the chats behind it.</source>
        <translation />
    </message>
    <message>
        <source>No buyer waited for an answer in this period (waits still within their target are not judged yet).</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1 % of %n wait(s) answered within target</source>
        <translation>
            <numerusform>%1 % of %n wait answered within target</numerusform>
            <numerusform>%1 % of %n waits answered within target</numerusform>
        </translation>
    </message>
    <message>
        <source>median first response %1, 90th percentile %2 (working time)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Chats behind “%1”: %n</source>
        <translation>
            <numerusform>Chats behind “%1”: %n</numerusform>
            <numerusform>Chats behind “%1”: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Within target, %</source>
        <translation />
    </message>
    <message>
        <source>Within target by account</source>
        <translation />
    </message>
    <message>
        <source>Within target by agent</source>
        <translation />
    </message>
    <message>
        <source>Counting the waits of %1 – %2…</source>
        <translation />
    </message>
    <message>
        <source>AI drafts</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SlaRulesDialog</name>
    <message>
        <source> min</source>
        <translation />
    </message>
    <message>
        <source>Around the clock</source>
        <translation />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation />
    </message>
    <message>
        <source>SLA rules</source>
        <translation />
    </message>
    <message>
        <source>e.g. 2026-12-31, 2027-01-01</source>
        <translation />
    </message>
    <message>
        <source>All chats</source>
        <translation />
    </message>
    <message>
        <source>A marketplace</source>
        <translation />
    </message>
    <message>
        <source>A seller account</source>
        <translation />
    </message>
    <message>
        <source>A chat type</source>
        <translation />
    </message>
    <message>
        <source>Name:</source>
        <translation />
    </message>
    <message>
        <source>Applies to:</source>
        <translation />
    </message>
    <message>
        <source>First response within:</source>
        <translation />
    </message>
    <message>
        <source>Next response within:</source>
        <translation />
    </message>
    <message>
        <source>Warn before the deadline:</source>
        <translation />
    </message>
    <message>
        <source>Working hours:</source>
        <translation />
    </message>
    <message>
        <source>Time zone:</source>
        <translation />
    </message>
    <message>
        <source>Monday:</source>
        <translation />
    </message>
    <message>
        <source>Tuesday:</source>
        <translation />
    </message>
    <message>
        <source>Wednesday:</source>
        <translation />
    </message>
    <message>
        <source>Thursday:</source>
        <translation />
    </message>
    <message>
        <source>Friday:</source>
        <translation />
    </message>
    <message>
        <source>Saturday:</source>
        <translation />
    </message>
    <message>
        <source>Sunday:</source>
        <translation />
    </message>
    <message>
        <source>day off, or e.g. 09:00-13:00, 14:00-18:00</source>
        <translation />
    </message>
    <message>
        <source>Holidays:</source>
        <translation />
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation />
    </message>
    <message>
        <source>The most specific rule applies: seller account, then chat type, then marketplace, then all chats; among equals the higher one.</source>
        <translation />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation />
    </message>
    <message>
        <source>Yandex Market</source>
        <translation />
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a known time zone (for example Europe/Moscow).</source>
        <translation />
    </message>
    <message>
        <source>Monday</source>
        <translation />
    </message>
    <message>
        <source>Tuesday</source>
        <translation />
    </message>
    <message>
        <source>Wednesday</source>
        <translation />
    </message>
    <message>
        <source>Thursday</source>
        <translation />
    </message>
    <message>
        <source>Friday</source>
        <translation />
    </message>
    <message>
        <source>Saturday</source>
        <translation />
    </message>
    <message>
        <source>Sunday</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation />
    </message>
    <message>
        <source>New rule</source>
        <translation />
    </message>
    <message>
        <source>own hours on a date, e.g. 2026-12-30 09:00-15:00; 2026-12-26 10:00-16:00</source>
        <translation />
    </message>
    <message>
        <source>A short day or a working weekend: the date, then its shifts; several dates separated by “;”</source>
        <translation />
    </message>
    <message>
        <source>Special days:</source>
        <translation />
    </message>
    <message>
        <source>Special days: “%1” is not a date (YYYY-MM-DD).</source>
        <translation />
    </message>
    <message>
        <source>Special day %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Special day %1 has no hours; a closed date belongs under Holidays.</source>
        <translation />
    </message>
    <message>
        <source>%1 is both a holiday and a special day.</source>
        <translation />
    </message>
    <message>
        <source>Special day %1 is given twice.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::SuggestionPanel</name>
    <message>
        <source>AI draft</source>
        <translation />
    </message>
    <message>
        <source>Write a reply draft with AI (Ctrl+J); Ctrl+Shift+J writes a new one</source>
        <translation />
    </message>
    <message>
        <source>Stop</source>
        <translation />
    </message>
    <message>
        <source>Stop writing the draft (Escape)</source>
        <translation />
    </message>
    <message>
        <source>Insert</source>
        <translation />
    </message>
    <message>
        <source>Put the draft into the reply field (Ctrl+Shift+Return)</source>
        <translation />
    </message>
    <message>
        <source>AI draft of the reply</source>
        <translation />
    </message>
    <message>
        <source>New AI draft</source>
        <translation />
    </message>
    <message>
        <source>Insert the AI draft</source>
        <translation />
    </message>
    <message>
        <source>Stop the AI draft</source>
        <translation />
    </message>
    <message>
        <source>New draft</source>
        <translation />
    </message>
    <message>
        <source>Ctrl+J writes an AI draft of the reply; type / for a canned reply.</source>
        <translation />
    </message>
    <message>
        <source>Waiting for the draft service…</source>
        <translation />
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation />
    </message>
    <message>
        <source>Writing the draft…</source>
        <translation />
    </message>
    <message>
        <source>The chat has not changed since this draft; Ctrl+Shift+J writes a new one.</source>
        <translation />
    </message>
    <message>
        <source>Draft ready (%1). Ctrl+Shift+Return inserts it.</source>
        <translation />
    </message>
    <message>
        <source>No draft: %1 Canned replies (/) still work.</source>
        <translation />
    </message>
    <message>
        <source>The draft was stopped.</source>
        <translation />
    </message>
    <message>
        <source>Source…</source>
        <translation />
    </message>
    <message>
        <source>What produced this draft: model, prompt version and the messages sent</source>
        <translation />
    </message>
    <message>
        <source>Model: %1</source>
        <translation />
    </message>
    <message>
        <source>System prompt: version %1 of %2, saved %3</source>
        <translation />
    </message>
    <message>
        <source>this account's prompt</source>
        <translation />
    </message>
    <message>
        <source>the default prompt</source>
        <translation />
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation />
    </message>
    <message>
        <source>(unknown)</source>
        <translation />
    </message>
    <message>
        <source>What produced this draft</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::TenantConflictPanel</name>
    <message>
        <source>Re-apply &amp;mine</source>
        <translation />
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation />
    </message>
    <message>
        <source>Send your values again, on top of the current version (Alt+M)</source>
        <translation />
    </message>
    <message>
        <source>Drop your change and keep the current version (Alt+T)</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;Your change was not applied: someone else saved these settings first.&lt;/b&gt;</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;Your change was not applied.&lt;/b&gt;</source>
        <translation />
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation />
    </message>
    <message>
        <source>Setting</source>
        <translation />
    </message>
    <message>
        <source>Before your edit</source>
        <translation />
    </message>
    <message>
        <source>Theirs (now on the server)</source>
        <translation />
    </message>
    <message>
        <source>On the server</source>
        <translation />
    </message>
    <message>
        <source>Yours</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::TenantSettingsPane</name>
    <message>
        <source>Offer only slots that leave no gaps between bookings</source>
        <translation />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation />
    </message>
    <message>
        <source>Revert</source>
        <translation />
    </message>
    <message>
        <source>Sa&amp;lon:</source>
        <translation />
    </message>
    <message>
        <source>Queue the changed settings for the server (%1)</source>
        <translation />
    </message>
    <message>
        <source>Discard the unsaved changes (Ctrl+R)</source>
        <translation />
    </message>
    <message>
        <source>Simulate a colleague's edit</source>
        <translation />
    </message>
    <message>
        <source>Demo only: a colleague changes this salon's closing time on the server, so saving the older data you see meets a conflict</source>
        <translation />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation />
    </message>
    <message>
        <source>The salon's name</source>
        <translation />
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation />
    </message>
    <message>
        <source>e.g. -1001234567890 (optional)</source>
        <translation />
    </message>
    <message>
        <source>HH:MM</source>
        <translation />
    </message>
    <message>
        <source>Save or revert the changes first</source>
        <translation />
    </message>
    <message>
        <source>Saving…</source>
        <translation />
    </message>
    <message>
        <source>Saved</source>
        <translation />
    </message>
    <message>
        <source>Conflict: someone else changed these settings — see below</source>
        <translation />
    </message>
    <message>
        <source>Not saved — see below</source>
        <translation />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation />
    </message>
    <message>
        <source>Could not re-apply: %1</source>
        <translation />
    </message>
    <message>
        <source>Could not drop the change: %1</source>
        <translation />
    </message>
    <message>
        <source>A colleague changed the closing time on the demo server; this console does not know yet, so your next save will meet a conflict.</source>
        <translation />
    </message>
    <message>
        <source>Data as of %1</source>
        <translation />
    </message>
    <message>
        <source>Data as of: this computer's copy (never synced)</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::TrayNotifier</name>
    <message>
        <source>Do not disturb</source>
        <translation />
    </message>
    <message>
        <source>No SLA notifications; the counts stay</source>
        <translation />
    </message>
    <message>
        <source>Show Agent P Console</source>
        <translation />
    </message>
    <message>
        <source>Show urgent chats</source>
        <translation />
    </message>
    <message>
        <source>Quit</source>
        <translation />
    </message>
    <message>
        <source>Chats waiting for an answer</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n chat(s) past the deadline</source>
        <translation>
            <numerusform>%n chat past the deadline</numerusform>
            <numerusform>%n chats past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close to it</source>
        <translation>
            <numerusform>%n close to it</numerusform>
            <numerusform>%n close to it</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent P Console</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) close to the deadline</source>
        <translation>
            <numerusform>%n chat close to the deadline</numerusform>
            <numerusform>%n chats close to the deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation />
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation />
    </message>
    <message>
        <source>Answer soon: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 · the answer was due at %2</source>
        <translation />
    </message>
    <message>
        <source>%1 · answer by %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) need an answer</source>
        <translation>
            <numerusform>%n chat need an answer</numerusform>
            <numerusform>%n chats need an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::TrendChart</name>
    <message>
        <source>Daily trend</source>
        <translation />
    </message>
    <message>
        <source>Dialogs</source>
        <translation />
    </message>
    <message>
        <source>Bookings</source>
        <translation />
    </message>
    <message>
        <source>Conversion, %</source>
        <translation />
    </message>
    <message>
        <source>Counted from dialogs (no daily metrics)</source>
        <translation />
    </message>
    <message>
        <source>Dialogs, bookings</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 dialogs, %3 bookings, conversion %4</source>
        <translation />
    </message>
    <message>
        <source>Counted from the dialogs: no daily metrics for this day</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::UndoBar</name>
    <message>
        <source>Take the action back before it is sent (Ctrl+Z)</source>
        <translation />
    </message>
    <message>
        <source>Hide</source>
        <translation />
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::WaitlistRisksPane</name>
    <message>
        <source>All salons</source>
        <translation />
    </message>
    <message>
        <source> %</source>
        <translation />
    </message>
    <message>
        <source>Show bookings whose cancellation risk is at least this high</source>
        <translation />
    </message>
    <message>
        <source>Hide</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>Convert</source>
        <translation />
    </message>
    <message>
        <source>The waiting client got a booking: take them off the waitlist</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>Drop the waiting client's request</source>
        <translation />
    </message>
    <message>
        <source>Contact</source>
        <translation />
    </message>
    <message>
        <source>Copy the client's phone number, offer call and messenger links and record the contact</source>
        <translation />
    </message>
    <message>
        <source>Match</source>
        <translation />
    </message>
    <message>
        <source>Offer the selected risky slot to the selected waiting client</source>
        <translation />
    </message>
    <message>
        <source>Notify</source>
        <translation />
    </message>
    <message>
        <source>Ask the bot to remind the client and confirm the booking</source>
        <translation />
    </message>
    <message>
        <source>Ignore</source>
        <translation />
    </message>
    <message>
        <source>Take the booking off the risk list</source>
        <translation />
    </message>
    <message>
        <source>Retry</source>
        <translation />
    </message>
    <message>
        <source>Send a failed action again</source>
        <translation />
    </message>
    <message>
        <source>Undo</source>
        <translation />
    </message>
    <message>
        <source>Take the last action back while its undo window is open</source>
        <translation />
    </message>
    <message>
        <source>Waiting clients</source>
        <translation />
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation />
    </message>
    <message>
        <source>Risky bookings</source>
        <translation />
    </message>
    <message>
        <source>Data as of %1</source>
        <translation />
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation />
    </message>
    <message>
        <source>New waitlist request: %1 — %2, %3</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n new waitlist request(s)</source>
        <translation>
            <numerusform>%n new waitlist request</numerusform>
            <numerusform>%n new waitlist requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: risk %3 — %4</source>
        <translation />
    </message>
    <message>
        <source>Select a booking to see why it looks risky.</source>
        <translation />
    </message>
    <message>
        <source>This row is gone; the lists were refreshed.</source>
        <translation />
    </message>
    <message>
        <source>Converted %1</source>
        <translation />
    </message>
    <message>
        <source>Cancelled the request of %1</source>
        <translation />
    </message>
    <message>
        <source>There is no phone number for %1.</source>
        <translation />
    </message>
    <message>
        <source>Contacted %1</source>
        <translation />
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; — copied to the clipboard.</source>
        <translation />
    </message>
    <message>
        <source>Call</source>
        <translation />
    </message>
    <message>
        <source>Write in %1</source>
        <translation />
    </message>
    <message>
        <source>Select a waiting client on the left and a risky slot on the right.</source>
        <translation />
    </message>
    <message>
        <source>Matched %1 with the slot of %2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>Cannot match: %1</source>
        <translation />
    </message>
    <message>
        <source>Notified %1 about the booking on %2</source>
        <translation />
    </message>
    <message>
        <source>Ignored the risk of %1's booking</source>
        <translation />
    </message>
    <message>
        <source>Undone: %1</source>
        <translation />
    </message>
    <message>
        <source>Too late to undo: “%1” has already been sent.</source>
        <translation />
    </message>
</context>
<context>
    <name>agentp::views::WinBackPane</name>
    <message>
        <source>Bring back</source>
        <translation />
    </message>
    <message>
        <source>All salons</source>
        <translation />
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation />
    </message>
    <message>
        <source>Ask the bot to write to the selected client and invite them back (%1)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n client exported to %1</numerusform>
            <numerusform>%n clients exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular clients who are overdue: days since the last visit compared with their usual cycle (30 days when unknown).</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n client(s) at risk</source>
        <translation>
            <numerusform>%n client at risk</numerusform>
            <numerusform>%n clients at risk</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation />
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation />
    </message>
    <message>
        <source>A win-back request for %1 is already on its way.</source>
        <translation />
    </message>
    <message>
        <source>Asked the bot to bring back %1.</source>
        <translation />
    </message>
    <message>
        <source>%1 is no longer in the client list.</source>
        <translation />
    </message>
    <message>
        <source>The request for %1 was not queued: %2</source>
        <translation />
    </message>
</context>
</TS>
