<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AiDraftHandler</name>
    <message>
        <source>The saved prompt of this draft is damaged; ask for a new draft.</source>
        <translation>Сохранённый запрос этого черновика повреждён; запросите новый черновик.</translation>
    </message>
    <message>
        <source>The draft reached the length limit and may end mid-sentence.</source>
        <translation>Черновик упёрся в ограничение длины и может обрываться на полуслове.</translation>
    </message>
    <message>
        <source>%1 It will be tried again automatically.</source>
        <translation>%1 Попытка повторится автоматически.</translation>
    </message>
    <message>
        <source>The keychain did not hand out the API key in time.</source>
        <translation>Хранилище ключей не выдало API-ключ вовремя.</translation>
    </message>
    <message>
        <source>The draft service did not start writing within %1 s. It will be tried again automatically.</source>
        <translation>Сервис черновиков не начал писать за %1 с. Попытка повторится автоматически.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>A shift must end after it starts and by 24:00.</source>
        <translation>Смена должна заканчиваться после начала и не позже 24:00.</translation>
    </message>
    <message>
        <source>The shifts %1 and %2 overlap.</source>
        <translation>Смены %1 и %2 пересекаются.</translation>
    </message>
    <message>
        <source>%1: a list of shifts is expected.</source>
        <translation>%1: ожидается список смен.</translation>
    </message>
    <message>
        <source>%1: a shift is two times such as ["09:00", "18:00"].</source>
        <translation>%1: смена — это два времени, например ["09:00", "18:00"].</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (for example Europe/Moscow).</source>
        <translation>«%1» — неизвестный часовой пояс (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The calendar has no working hours on any day.</source>
        <translation>В календаре нет рабочих часов ни в один день.</translation>
    </message>
    <message>
        <source>“%1” is not a shift such as 09:00-13:00.</source>
        <translation>«%1» — не смена вида 09:00-13:00.</translation>
    </message>
</context>
<context>
    <name>CancellationRisk</name>
    <message numerus="yes">
        <source>%n day(s) since last visit</source>
        <translation>
            <numerusform>%n день с последнего визита</numerusform>
            <numerusform>%n дня с последнего визита</numerusform>
            <numerusform>%n дней с последнего визита</numerusform>
        </translation>
    </message>
    <message>
        <source>last visit unknown</source>
        <translation>последний визит неизвестен</translation>
    </message>
    <message>
        <source>cancels %1 % of bookings</source>
        <translation>отменяет %1 % записей</translation>
    </message>
    <message numerus="yes">
        <source>booked %n day(s) ahead</source>
        <translation>
            <numerusform>записан за %n день</numerusform>
            <numerusform>записан за %n дня</numerusform>
            <numerusform>записан за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>booked the same day</source>
        <translation>записан в тот же день</translation>
    </message>
    <message>
        <source>new client</source>
        <translation>новый клиент</translation>
    </message>
</context>
<context>
    <name>ChatIntentHandler</name>
    <message>
        <source>Chat sync is not running.</source>
        <translation>Синхронизация чатов не запущена.</translation>
    </message>
    <message>
        <source>The reply was removed before it was sent.</source>
        <translation>Ответ удалён до отправки.</translation>
    </message>
    <message>
        <source>Could not check whether the reply already arrived: %1</source>
        <translation>Не удалось проверить, дошёл ли ответ: %1</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>The copy of “%1” made when the reply was queued is gone; remove the reply and attach the file again.</source>
        <translation>Копия «%1», сделанная при постановке ответа в очередь, пропала; удалите ответ и приложите файл заново.</translation>
    </message>
    <message>
        <source>No answer from the marketplace; it will be checked whether the reply arrived before it is sent again.</source>
        <translation>Маркетплейс не ответил; перед повторной отправкой будет проверено, дошёл ли ответ.</translation>
    </message>
</context>
<context>
    <name>ClientMemoryFields</name>
    <message>
        <source>Preferred services</source>
        <translation>Любимые услуги</translation>
    </message>
    <message>
        <source>Preferred master</source>
        <translation>Любимый мастер</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>Communication style</source>
        <translation>Стиль общения</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>Последняя услуга</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Usual interval, days</source>
        <translation>Обычный интервал, дней</translation>
    </message>
    <message>
        <source>Missed visits</source>
        <translation>Пропущенные визиты</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the program version and exit.</source>
        <translation>Показать версию программы и выйти.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (created on first use in your data folder).</source>
        <translation>Открыть встроенное демо-пространство (создаётся при первом запуске в папке данных).</translation>
    </message>
    <message>
        <source>Open the workspace file PATH.</source>
        <translation>Открыть файл рабочего пространства PATH.</translation>
    </message>
    <message>
        <source>User interface language: ru or en (default: the saved choice, else the system language).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — сохранённый выбор, иначе язык системы).</translation>
    </message>
    <message>
        <source>Render every pane of the opened workspace to DIR/&lt;pane&gt;.png and exit.</source>
        <translation>Сохранить каждую панель открытого пространства в DIR/&lt;панель&gt;.png и выйти.</translation>
    </message>
    <message>
        <source>demo create: multiply every volume by N (1–1000, default 1).</source>
        <translation>demo create: умножить все объёмы на N (1–1000, по умолчанию 1).</translation>
    </message>
    <message>
        <source>demo create: random seed; the same seed gives the same data.</source>
        <translation>demo create: зерно генератора; одно и то же зерно даёт одни и те же данные.</translation>
    </message>
    <message>
        <source>demo create: replace PATH if it exists.</source>
        <translation>demo create: заменить PATH, если файл существует.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use ru or en.</source>
        <translation>Неизвестный язык «%1»; укажите ru или en.</translation>
    </message>
    <message>
        <source>Unknown demo command; use: demo create PATH [--scale N].</source>
        <translation>Неизвестная команда demo; используйте: demo create PATH [--scale N].</translation>
    </message>
    <message>
        <source>demo create needs exactly one PATH.</source>
        <translation>Для demo create нужен ровно один PATH.</translation>
    </message>
    <message>
        <source>demo create takes only --scale, --seed and --force.</source>
        <translation>demo create принимает только --scale, --seed и --force.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 1000.</source>
        <translation>--scale должен быть целым числом от 1 до 1000.</translation>
    </message>
    <message>
        <source>--seed must be a positive whole number.</source>
        <translation>--seed должен быть целым положительным числом.</translation>
    </message>
    <message>
        <source>Unknown argument “%1”.</source>
        <translation>Неизвестный аргумент «%1».</translation>
    </message>
    <message>
        <source>--scale, --seed and --force belong to demo create.</source>
        <translation>--scale, --seed и --force относятся к demo create.</translation>
    </message>
    <message>
        <source>Use either --demo or --workspace, not both.</source>
        <translation>Укажите либо --demo, либо --workspace, но не оба.</translation>
    </message>
    <message>
        <source>Workspace not found: %1</source>
        <translation>Рабочее пространство не найдено: %1</translation>
    </message>
    <message>
        <source>--screenshot needs a folder.</source>
        <translation>Для --screenshot нужна папка.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>См. --help.</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation>%1 уже существует; добавьте --force, чтобы заменить.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Не удалось заменить %1.</translation>
    </message>
    <message>
        <source>Creating… %1%</source>
        <translation>Создание… %1%</translation>
    </message>
    <message>
        <source>Created %1: %2 salons, %3 bot dialogs (%4 messages), %5 seller accounts, %6 chats (%7 messages) in %8 s</source>
        <translation>Создано %1: салонов — %2, диалогов бота — %3 (сообщений — %4), кабинетов продавца — %5, чатов — %6 (сообщений — %7) за %8 с</translation>
    </message>
    <message>
        <source>predict-risk takes only --workspace PATH.</source>
        <translation>predict-risk принимает только --workspace ПУТЬ.</translation>
    </message>
    <message>
        <source>predict-risk needs --workspace PATH.</source>
        <translation>predict-risk нужен --workspace ПУТЬ.</translation>
    </message>
    <message numerus="yes">
        <source>%1: scored %n upcoming booking(s), %2 at 50 % risk or more.</source>
        <translation>
            <numerusform>%1: оценена %n предстоящая запись, %2 с риском 50 % и выше.</numerusform>
            <numerusform>%1: оценены %n предстоящие записи, %2 с риском 50 % и выше.</numerusform>
            <numerusform>%1: оценено %n предстоящих записей, %2 с риском 50 % и выше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Api-Key: </source>
        <translation>Api-Key: </translation>
    </message>
    <message>
        <source>agentp-console: no Api-Key given; pipe it to standard input or set AGENTP_API_KEY.</source>
        <translation>agentp-console: Api-Key не указан; передайте его через стандартный ввод или задайте AGENTP_API_KEY.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Хранилище ключей не ответило.</translation>
    </message>
    <message>
        <source>Added account “%1” (id %2) to %3; its Api-Key is in the keychain.</source>
        <translation>Аккаунт «%1» (id %2) добавлен в %3; его Api-Key — в хранилище ключей.</translation>
    </message>
    <message>
        <source>Added account “%1” (id %2) to %3.</source>
        <translation>Аккаунт «%1» (id %2) добавлен в %3.</translation>
    </message>
    <message>
        <source>agentp-console: no keychain is available, so the Api-Key was not saved. For headless sync set %1 to the key.</source>
        <translation>agentp-console: хранилище ключей недоступно, поэтому Api-Key не сохранён. Для синхронизации без окна задайте его в %1.</translation>
    </message>
    <message>
        <source>account add: the marketplace (ozon).</source>
        <translation>account add: маркетплейс (ozon).</translation>
    </message>
    <message>
        <source>account add: the account's name.</source>
        <translation>account add: название аккаунта.</translation>
    </message>
    <message>
        <source>account add: the Ozon Client-Id. The Api-Key is read from standard input or AGENTP_API_KEY, never from arguments.</source>
        <translation>account add: Client-Id Ozon. Api-Key читается из стандартного ввода или AGENTP_API_KEY, никогда из аргументов.</translation>
    </message>
    <message>
        <source>account add: the API address (default: the marketplace's own).</source>
        <translation>account add: адрес API (по умолчанию — адрес маркетплейса).</translation>
    </message>
    <message>
        <source>sync: one full pass of every enabled account, then exit.</source>
        <translation>sync: один полный проход по всем включённым аккаунтам, затем выход.</translation>
    </message>
    <message>
        <source>sync: only the account with this name.</source>
        <translation>sync: только аккаунт с этим названием.</translation>
    </message>
    <message>
        <source>%1 takes no --demo, --screenshot or demo create options.</source>
        <translation>%1 не принимает параметры --demo, --screenshot и demo create.</translation>
    </message>
    <message>
        <source>%1 needs --workspace PATH.</source>
        <translation>%1 требует --workspace ПУТЬ.</translation>
    </message>
    <message>
        <source>Unknown account command; use: account add --workspace PATH --marketplace ozon --name NAME --client-id ID.</source>
        <translation>Неизвестная команда account; используйте: account add --workspace ПУТЬ --marketplace ozon --name ИМЯ --client-id ID.</translation>
    </message>
    <message>
        <source>--once and --account belong to sync.</source>
        <translation>--once и --account относятся к sync.</translation>
    </message>
    <message>
        <source>account add needs --marketplace and --name.</source>
        <translation>account add требует --marketplace и --name.</translation>
    </message>
    <message>
        <source>sync takes only --workspace PATH, --once and --account NAME.</source>
        <translation>sync принимает только --workspace ПУТЬ, --once и --account ИМЯ.</translation>
    </message>
    <message>
        <source>sync runs only with --once (the window syncs continuously).</source>
        <translation>sync работает только с --once (окно синхронизирует постоянно).</translation>
    </message>
    <message>
        <source>--account needs a name.</source>
        <translation>--account требует название.</translation>
    </message>
    <message>
        <source>--marketplace, --name, --client-id and --base-url belong to account add.</source>
        <translation>--marketplace, --name, --client-id и --base-url относятся к account add.</translation>
    </message>
    <message>
        <source>a reply was not sent: %1</source>
        <translation>ответ не отправлен: %1</translation>
    </message>
    <message>
        <source>No seller account is called “%1”.</source>
        <translation>Аккаунта продавца «%1» нет.</translation>
    </message>
    <message>
        <source>agentp-console: the account “%1” is disabled.</source>
        <translation>agentp-console: аккаунт «%1» выключен.</translation>
    </message>
    <message>
        <source>The workspace has no enabled seller account; add one with: account add.</source>
        <translation>В пространстве нет включённых аккаунтов продавца; добавьте аккаунт командой account add.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 chats, %4 new messages, %5 errors</source>
        <translation>%1 (%2): чатов: %3, новых сообщений: %4, ошибок: %5</translation>
    </message>
    <message>
        <source>Replies: %1 sent, %2 waiting, %3 failed</source>
        <translation>Ответы: отправлено %1, ожидают %2, не отправлено %3</translation>
    </message>
    <message>
        <source>agentp-console: the sync did not finish within 30 minutes.</source>
        <translation>agentp-console: синхронизация не закончилась за 30 минут.</translation>
    </message>
    <message numerus="yes">
        <source>Upserted the metrics of %n salon(s).</source>
        <translation>
            <numerusform>Записаны метрики %n салона.</numerusform>
            <numerusform>Записаны метрики %n салонов.</numerusform>
            <numerusform>Записаны метрики %n салонов.</numerusform>
        </translation>
    </message>
    <message>
        <source>collect-metrics: the day to count (default: yesterday in each salon's time zone).</source>
        <translation>collect-metrics: день для подсчёта (по умолчанию — вчера в часовом поясе каждого салона).</translation>
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
        <translation>Agent P Console — чаты с покупателями и аналитика бота салона.

Использование:
  agentp-console [--demo | --workspace ПУТЬ] [--lang ru|en] [--screenshot ПАПКА]
  agentp-console demo create ПУТЬ [--scale N] [--seed N] [--force]
  agentp-console predict-risk --workspace ПУТЬ
  agentp-console account add --workspace ПУТЬ --marketplace ozon --name ИМЯ --client-id ID [--base-url URL]
  agentp-console sync --workspace ПУТЬ --once [--account ИМЯ]
  agentp-console collect-metrics --workspace ПУТЬ [--date ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>collect-metrics takes only --workspace PATH and --date YYYY-MM-DD.</source>
        <translation>collect-metrics принимает только --workspace ПУТЬ и --date ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>collect-metrics needs --workspace PATH.</source>
        <translation>Для collect-metrics нужен --workspace ПУТЬ.</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-20.</source>
        <translation>--date должен быть датой вида 2026-11-20.</translation>
    </message>
    <message>
        <source>--date belongs to collect-metrics.</source>
        <translation>--date относится к collect-metrics.</translation>
    </message>
</context>
<context>
    <name>ContactLinks</name>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>vs previous %n day(s)</source>
        <translation>
            <numerusform>к предыдущему %n дню</numerusform>
            <numerusform>к предыдущим %n дням</numerusform>
            <numerusform>к предыдущим %n дням</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nothing to compare with</source>
        <translation>%1 не с чем сравнить</translation>
    </message>
    <message>
        <source>%1 no change %2</source>
        <translation>%1 без изменений %2</translation>
    </message>
    <message>
        <source>%1 %2 % %3</source>
        <translation>%1 %2 % %3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 not comparable: no dialogs in one of the periods</source>
        <translation>%1 несравнимо: в одном из периодов нет диалогов</translation>
    </message>
    <message>
        <source>%1 %2 pp %3</source>
        <translation>%1 %2 п. п. %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PostgrestError</name>
    <message>
        <source>The sign-in has expired; please sign in again.</source>
        <translation>Вход истёк; войдите снова.</translation>
    </message>
    <message>
        <source>Supabase did not accept the project's API key. Check it in the connection settings.</source>
        <translation>Supabase не принял API-ключ проекта. Проверьте его в настройках подключения.</translation>
    </message>
    <message>
        <source>Supabase did not accept the sign-in (HTTP %1).</source>
        <translation>Supabase не принял вход (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase refused access to this data: the account lacks the permission.</source>
        <translation>Supabase отказал в доступе к этим данным: у учётной записи нет права.</translation>
    </message>
    <message>
        <source>Supabase does not know this table, function or record.</source>
        <translation>Supabase не знает такой таблицы, функции или записи.</translation>
    </message>
    <message>
        <source>The change conflicts with data already on the server.</source>
        <translation>Изменение противоречит данным, которые уже есть на сервере.</translation>
    </message>
    <message>
        <source>Supabase rejected the request (HTTP %1).</source>
        <translation>Supabase отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>This schema is not exposed by the project's Data API settings.</source>
        <translation>Эта схема не открыта в настройках Data API проекта.</translation>
    </message>
    <message>
        <source>The requested page lies past the end of the results.</source>
        <translation>Запрошенная страница находится за концом результатов.</translation>
    </message>
    <message>
        <source>Supabase is limiting the request rate; try again a little later.</source>
        <translation>Supabase ограничивает частоту запросов; повторите чуть позже.</translation>
    </message>
    <message>
        <source>Supabase has a temporary problem (HTTP %1).</source>
        <translation>У Supabase временная неполадка (HTTP %1).</translation>
    </message>
    <message>
        <source>Supabase sent an unexpected answer (HTTP %1).</source>
        <translation>Supabase прислал неожиданный ответ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Agent P Console</source>
        <translation>Консоль Agent P</translation>
    </message>
    <message>
        <source>Cannot prepare the demo rows for table %1</source>
        <translation>Не удалось подготовить демо-строки для таблицы %1</translation>
    </message>
    <message>
        <source>Cannot write demo rows %1–%2 of table %3</source>
        <translation>Не удалось записать демо-строки %1–%2 таблицы %3</translation>
    </message>
    <message>
        <source>The demo scale must be between 1 and %1 (got %2).</source>
        <translation>Масштаб демо должен быть от 1 до %1 (указано %2).</translation>
    </message>
    <message>
        <source>No file name was given for the demo workspace.</source>
        <translation>Не указано имя файла для демо-пространства.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo workspace was not created and the file was left unchanged. Choose another name or remove the file first.</source>
        <translation>%1 уже существует; демо-пространство не создано, файл не изменён. Выберите другое имя или сначала удалите файл.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Не удалось создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace %1</source>
        <translation>Не удалось записать демо-пространство %1</translation>
    </message>
    <message>
        <source>Cannot read the schema</source>
        <translation>Не удалось прочитать схему</translation>
    </message>
    <message>
        <source>Cannot move the finished demo workspace to %1 (it may have been created meanwhile, or the folder is not writable). Nothing was changed.</source>
        <translation>Не удалось переместить готовое демо-пространство в %1 (возможно, файл появился за это время или папка недоступна для записи). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Agent P Console (schema %2; this program knows up to %3). Update the program to open it; the file was not changed.</source>
        <translation>Рабочее пространство %1 записано более новой версией Консоли Agent P (схема %2; эта программа знает до %3). Обновите программу, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Рабочее пространство %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Agent P workspace (not an SQLite database). Choose another file.</source>
        <translation>%1 — не рабочее пространство Agent P (не база SQLite). Выберите другой файл.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>Не удалось подготовить %1</translation>
    </message>
    <message>
        <source>The workspace %1 does not have the expected tables (%2). It may have been edited by another tool.</source>
        <translation>В рабочем пространстве %1 не те таблицы, что ожидались (%2). Возможно, его изменили другой программой.</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Не удалось прочитать версию схемы</translation>
    </message>
    <message>
        <source>Cannot start a migration</source>
        <translation>Не удалось начать обновление схемы</translation>
    </message>
    <message>
        <source>Upgrading the workspace to version %1 (%2) failed: %3</source>
        <translation>Не удалось обновить рабочее пространство до версии %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot commit schema version %1: %2</source>
        <translation>Не удалось сохранить версию схемы %1: %2</translation>
    </message>
    <message>
        <source>Cannot queue the action</source>
        <translation>Не удалось поставить действие в очередь</translation>
    </message>
    <message>
        <source>Cannot withdraw the action</source>
        <translation>Не удалось отменить действие</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Не удалось прочитать очередь действий</translation>
    </message>
    <message>
        <source>Cannot update the outbox</source>
        <translation>Не удалось обновить очередь действий</translation>
    </message>
    <message>
        <source>Cannot retry the action</source>
        <translation>Не удалось повторить действие</translation>
    </message>
    <message>
        <source>Cannot read bot dialogs</source>
        <translation>Не удалось прочитать диалоги бота</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup or create a new workspace.</source>
        <translation>Файл рабочего пространства повреждён (%1). Восстановите его из резервной копии или создайте новое пространство.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full, so the change was not saved; everything saved before is intact. Free some disk space and try again. (%1)</source>
        <translation>Диск, на котором хранится рабочее пространство, заполнен, поэтому изменение не сохранено; всё сохранённое ранее цело. Освободите место на диске и повторите попытку. (%1)</translation>
    </message>
    <message>
        <source>Cannot save workspace settings</source>
        <translation>Не удалось сохранить настройки пространства</translation>
    </message>
    <message>
        <source>Cannot read clients</source>
        <translation>Не удалось прочитать клиентов</translation>
    </message>
    <message>
        <source>Cannot read the risky bookings</source>
        <translation>Не удалось прочитать рискованные записи</translation>
    </message>
    <message>
        <source>This booking was already handled.</source>
        <translation>Эта запись уже обработана.</translation>
    </message>
    <message>
        <source>Cannot read the predictions</source>
        <translation>Не удалось прочитать прогнозы</translation>
    </message>
    <message>
        <source>Cannot read the bookings</source>
        <translation>Не удалось прочитать записи</translation>
    </message>
    <message>
        <source>Cannot read the visit history</source>
        <translation>Не удалось прочитать историю визитов</translation>
    </message>
    <message>
        <source>Cannot store the predictions</source>
        <translation>Не удалось сохранить прогнозы</translation>
    </message>
    <message>
        <source>Cannot start a change</source>
        <translation>Не удалось начать изменение</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <source>Cannot read the row to change</source>
        <translation>Не удалось прочитать изменяемую строку</translation>
    </message>
    <message>
        <source>Cannot update the row</source>
        <translation>Не удалось обновить строку</translation>
    </message>
    <message>
        <source>Cannot read the salon metrics</source>
        <translation>Не удалось прочитать показатели салона</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>Cannot read the salons</source>
        <translation>Не удалось прочитать салоны</translation>
    </message>
    <message>
        <source>Cannot read the salon</source>
        <translation>Не удалось прочитать салон</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>An earlier change of this salon was not accepted. Re-apply it or keep the server's version first.</source>
        <translation>Предыдущее изменение этого салона не принято. Сначала примените его заново или оставьте версию сервера.</translation>
    </message>
    <message>
        <source>The salon is no longer in this workspace.</source>
        <translation>Этого салона больше нет в рабочей области.</translation>
    </message>
    <message>
        <source>Cannot store the salon</source>
        <translation>Не удалось сохранить салон</translation>
    </message>
    <message>
        <source>Cannot read the waitlist</source>
        <translation>Не удалось прочитать лист ожидания</translation>
    </message>
    <message>
        <source>This client is no longer on the waitlist.</source>
        <translation>Этого клиента больше нет в листе ожидания.</translation>
    </message>
    <message>
        <source>Cannot read the clients at risk</source>
        <translation>Не удалось прочитать клиентов в зоне риска</translation>
    </message>
    <message>
        <source>Cannot start the request</source>
        <translation>Не удалось начать запрос</translation>
    </message>
    <message>
        <source>Cannot save the request</source>
        <translation>Не удалось сохранить запрос</translation>
    </message>
    <message>
        <source>Cannot read the win-back requests</source>
        <translation>Не удалось прочитать запросы на возврат</translation>
    </message>
    <message>
        <source>Cannot read the client</source>
        <translation>Не удалось прочитать клиента</translation>
    </message>
    <message>
        <source>Cannot save the win-back request</source>
        <translation>Не удалось сохранить запрос на возврат</translation>
    </message>
    <message>
        <source>Cannot update the win-back request</source>
        <translation>Не удалось обновить запрос на возврат</translation>
    </message>
    <message>
        <source>The server did not say who signed in.</source>
        <translation>Сервер не сообщил, кто вошёл.</translation>
    </message>
</context>
<context>
    <name>SalonIntentHandler</name>
    <message>
        <source>The connection to the salon server closed before it answered; trying again.</source>
        <translation>Соединение с сервером салона закрылось до ответа; повторяем.</translation>
    </message>
    <message>
        <source>This change cannot be sent to the salon server (%1).</source>
        <translation>Это изменение нельзя отправить на сервер салона (%1).</translation>
    </message>
    <message>
        <source>The salon session has expired: sign in again; the change waits.</source>
        <translation>Сеанс на сервере салона истёк: войдите снова; изменение подождёт.</translation>
    </message>
    <message>
        <source>The salon server refused the change: your account may not do this (%1).</source>
        <translation>Сервер салона отклонил изменение: вашей учётной записи это не разрешено (%1).</translation>
    </message>
    <message>
        <source>Not signed in to the salon server: the change waits until you sign in.</source>
        <translation>Вход на сервер салона не выполнен: изменение подождёт, пока вы не войдёте.</translation>
    </message>
    <message>
        <source>The booking is no longer in the salon's list.</source>
        <translation>Этой записи больше нет в списке салона.</translation>
    </message>
    <message>
        <source>The waitlist change could not be read and was not sent.</source>
        <translation>Изменение листа ожидания не удалось прочитать, и оно не отправлено.</translation>
    </message>
    <message>
        <source>The waitlist request no longer exists on the salon server.</source>
        <translation>Этой заявки листа ожидания больше нет на сервере салона.</translation>
    </message>
    <message>
        <source>The waitlist request changed on the salon server while it was being updated; trying again.</source>
        <translation>Заявка листа ожидания изменилась на сервере салона во время обновления; повторяем.</translation>
    </message>
    <message>
        <source>Someone else already set this waitlist request to “%1” on the salon server; their change was kept.</source>
        <translation>Кто-то другой уже перевёл эту заявку в статус «%1» на сервере салона; оставлено их изменение.</translation>
    </message>
    <message>
        <source>The win-back request no longer exists.</source>
        <translation>Этого запроса на возврат больше нет.</translation>
    </message>
    <message>
        <source>The salon server's answer to the win-back request could not be read; check the request on the server before asking again.</source>
        <translation>Ответ сервера салона на запрос возврата не удалось прочитать; проверьте запрос на сервере, прежде чем просить снова.</translation>
    </message>
    <message>
        <source>The workspace is busy; trying again.</source>
        <translation>Рабочее пространство занято; повторяем.</translation>
    </message>
    <message>
        <source>The salon server's answer to the settings change could not be read; it may have been applied. Check the settings on the server.</source>
        <translation>Ответ сервера салона на изменение настроек не удалось прочитать; возможно, оно применено. Проверьте настройки на сервере.</translation>
    </message>
    <message>
        <source>Someone else changed the settings of “%1” meanwhile (the server has version %2, your change was based on version %3). Their version was kept; compare and re-apply yours if it still applies.</source>
        <translation>Кто-то другой тем временем изменил настройки «%1» (на сервере версия %2, ваше изменение основано на версии %3). Оставлена их версия; сравните и примените своё снова, если оно ещё нужно.</translation>
    </message>
    <message>
        <source>The settings change could not be read and was not applied. Edit the settings and save again.</source>
        <translation>Изменение настроек не удалось прочитать, и оно не применено. Измените настройки и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>SalonMirror</name>
    <message>
        <source>The salon server sent a %1 row (%2 of %3) without a usable “%4”; the page was not stored.</source>
        <translation>Сервер салона прислал строку %1 (%2 из %3) без пригодного «%4»; страница не сохранена.</translation>
    </message>
</context>
<context>
    <name>SalonWaitlistDemoHandler</name>
    <message>
        <source>The booking is no longer in the salon's list.</source>
        <translation>Этой записи больше нет в списке салона.</translation>
    </message>
    <message>
        <source>The waitlist request no longer exists.</source>
        <translation>Этой заявки в листе ожидания больше нет.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Booked</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Брошен</translation>
    </message>
    <message>
        <source>Handed to admin</source>
        <translation>Передан администратору</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Price enquiry</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Запись %1</translation>
    </message>
</context>
<context>
    <name>SlaReport</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation>Не удалось прочитать аккаунты продавца</translation>
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation>Не удалось прочитать чаты</translation>
    </message>
    <message>
        <source>Cannot read the chat histories</source>
        <translation>Не удалось прочитать истории чатов</translation>
    </message>
    <message>
        <source>Removed account</source>
        <translation>Удалённый аккаунт</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Unknown agent</source>
        <translation>Неизвестный сотрудник</translation>
    </message>
</context>
<context>
    <name>SlaRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>У правила должно быть название.</translation>
    </message>
    <message>
        <source>Choose what the rule applies to.</source>
        <translation>Выберите, к чему относится правило.</translation>
    </message>
    <message>
        <source>The first-response target must be between 1 minute and 7 days.</source>
        <translation>Срок первого ответа должен быть от 1 минуты до 7 дней.</translation>
    </message>
    <message>
        <source>The next-response target must be between 1 minute and 7 days.</source>
        <translation>Срок следующего ответа должен быть от 1 минуты до 7 дней.</translation>
    </message>
    <message>
        <source>The warning must come before the deadline: less than the shorter target.</source>
        <translation>Предупреждение должно наступать до срока: меньше более короткого срока ответа.</translation>
    </message>
</context>
<context>
    <name>SupabaseConfig</name>
    <message>
        <source>The Supabase project address is missing or not valid.</source>
        <translation>Адрес проекта Supabase не указан или неверен.</translation>
    </message>
    <message>
        <source>The Supabase project address must start with https://.</source>
        <translation>Адрес проекта Supabase должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The Supabase API key is missing.</source>
        <translation>Не указан API-ключ Supabase.</translation>
    </message>
</context>
<context>
    <name>TenantSettings</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>YClients ID</source>
        <translation>ID в YClients</translation>
    </message>
    <message>
        <source>Admin chat ID</source>
        <translation>ID чата администратора</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Время закрытия</translation>
    </message>
    <message>
        <source>Gap filter</source>
        <translation>Фильтр окон</translation>
    </message>
    <message>
        <source>Enter the salon's name.</source>
        <translation>Введите название салона.</translation>
    </message>
    <message>
        <source>The name is too long: %1 characters, at most %2.</source>
        <translation>Название слишком длинное: %1 символов, допустимо не больше %2.</translation>
    </message>
    <message>
        <source>Enter the YClients company ID (digits).</source>
        <translation>Введите ID компании в YClients (цифры).</translation>
    </message>
    <message>
        <source>The YClients ID may contain digits only, e.g. 123456.</source>
        <translation>ID в YClients может содержать только цифры, например 123456.</translation>
    </message>
    <message>
        <source>The YClients ID is too long: at most %1 digits.</source>
        <translation>ID в YClients слишком длинный: не больше %1 цифр.</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. -1001234567890, or leave it empty.</source>
        <translation>Введите целое число, например -1001234567890, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The number is too large for a chat ID (64-bit range).</source>
        <translation>Число слишком велико для ID чата (64-битный диапазон).</translation>
    </message>
    <message>
        <source>Enter the closing time as HH:MM, e.g. 21:00.</source>
        <translation>Введите время закрытия в виде ЧЧ:ММ, например 21:00.</translation>
    </message>
    <message>
        <source>Use the 24-hour format HH:MM with two digits each, e.g. 09:05 or 21:00.</source>
        <translation>Используйте 24-часовой формат ЧЧ:ММ, по две цифры, например 09:05 или 21:00.</translation>
    </message>
    <message>
        <source>No such time: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>Такого времени нет: часы от 00 до 23, минуты от 00 до 59.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
</context>
<context>
    <name>TenantSettingsDemoHandler</name>
    <message>
        <source>The demo server is busy; trying again.</source>
        <translation>Демо-сервер занят; повторяем попытку.</translation>
    </message>
    <message>
        <source>The demo server is busy.</source>
        <translation>Демо-сервер занят.</translation>
    </message>
    <message>
        <source>No such salon.</source>
        <translation>Такого салона нет.</translation>
    </message>
    <message>
        <source>The settings change could not be read and was not applied. Edit the settings and save again.</source>
        <translation>Изменение настроек не удалось прочитать, и оно не применено. Измените настройки и сохраните ещё раз.</translation>
    </message>
    <message>
        <source>This salon no longer exists on the server.</source>
        <translation>Этого салона больше нет на сервере.</translation>
    </message>
    <message>
        <source>Someone else changed the settings of “%1” meanwhile (the server has version %2, your change was based on version %3). Their version was kept; compare and re-apply yours if it still applies.</source>
        <translation>Кто-то другой тем временем изменил настройки «%1» (на сервере версия %2, ваше изменение основано на версии %3). Сохранена их версия; сравните и примените своё заново, если оно ещё актуально.</translation>
    </message>
    <message>
        <source>The server refused the settings: %1 %2</source>
        <translation>Сервер отклонил настройки: %1 %2</translation>
    </message>
</context>
<context>
    <name>WaitlistLabels</name>
    <message>
        <source>Converted</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Подобрано</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлён</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Проигнорировано</translation>
    </message>
    <message>
        <source>%1 — can be undone</source>
        <translation>%1 — можно отменить</translation>
    </message>
    <message>
        <source>%1 — queued</source>
        <translation>%1 — в очереди</translation>
    </message>
    <message>
        <source>%1 — will retry (%2)</source>
        <translation>%1 — повтор (%2)</translation>
    </message>
    <message>
        <source>%1 — sending…</source>
        <translation>%1 — отправка…</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, до %2</translation>
    </message>
    <message>
        <source>%1, any time</source>
        <translation>%1, в любое время</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>WaitlistMatch</name>
    <message>
        <source>This client is no longer on the waitlist.</source>
        <translation>Этого клиента больше нет в листе ожидания.</translation>
    </message>
    <message>
        <source>This slot is already matched or its risk was ignored.</source>
        <translation>Для этого слота уже подобран клиент или его риск проигнорирован.</translation>
    </message>
    <message>
        <source>The slot belongs to another salon.</source>
        <translation>Слот относится к другому салону.</translation>
    </message>
    <message>
        <source>The slot is for “%1”; the client waits for “%2”.</source>
        <translation>Слот на «%1», а клиент ждёт «%2».</translation>
    </message>
    <message>
        <source>The slot is on %1; the client wants %2.</source>
        <translation>Слот на %1, а клиент хочет %2.</translation>
    </message>
    <message>
        <source>The slot at %1 is outside the client's window %2–%3.</source>
        <translation>Слот в %1 вне удобного клиенту времени %2–%3.</translation>
    </message>
    <message>
        <source>The slot has already passed.</source>
        <translation>Время слота уже прошло.</translation>
    </message>
    <message>
        <source>The client asked for %1; the slot is with %2.</source>
        <translation>Клиент просил мастера %1, а слот у %2.</translation>
    </message>
    <message>
        <source>another master</source>
        <translation>другого мастера</translation>
    </message>
</context>
<context>
    <name>WinBackDemoHandler</name>
    <message>
        <source>The win-back request no longer exists.</source>
        <translation>Этого запроса на возврат больше нет.</translation>
    </message>
</context>
<context>
    <name>agentp::app</name>
    <message>
        <source>This user is switched off on the server.</source>
        <translation>Этот пользователь отключён на сервере.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>Слишком много неверных паролей: учётная запись заблокирована до %1.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password (AGENTP_SUPABASE_EMAIL, AGENTP_SUPABASE_PASSWORD).</source>
        <translation>Неверный адрес или пароль (AGENTP_SUPABASE_EMAIL, AGENTP_SUPABASE_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 is not connected to a Supabase project; set AGENTP_SUPABASE_URL and AGENTP_SUPABASE_KEY.</source>
        <translation>%1 не подключено к проекту Supabase; задайте AGENTP_SUPABASE_URL и AGENTP_SUPABASE_KEY.</translation>
    </message>
    <message>
        <source>Set AGENTP_SUPABASE_EMAIL and AGENTP_SUPABASE_PASSWORD to a super admin's login (for a timer: in a file only its user can read).</source>
        <translation>Задайте AGENTP_SUPABASE_EMAIL и AGENTP_SUPABASE_PASSWORD — вход суперадминистратора (для таймера — в файле, доступном только его пользователю).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>%1: %2 — dialogs %3, bookings %4, conversion %5 %, mean answer %6 ms</source>
        <translation>%1: %2 — диалогов %3, записей %4, конверсия %5 %, средний ответ %6 мс</translation>
    </message>
</context>
<context>
    <name>agentp::app::ConsoleController</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удалось открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Your session on the salon server has expired. Sign in again; the changes you made meanwhile are kept and sent after sign-in.</source>
        <translation>Сеанс на сервере салона истёк. Войдите снова; изменения, сделанные за это время, сохранены и будут отправлены после входа.</translation>
    </message>
</context>
<context>
    <name>agentp::app::CredentialStore</name>
    <message>
        <source>The system keychain could not complete the request (%1). Try again; if it keeps failing, check that the keyring service is running and unlocked.</source>
        <translation>Системное хранилище паролей не выполнило запрос (%1). Повторите попытку; если ошибка повторяется, проверьте, что служба связки ключей запущена и разблокирована.</translation>
    </message>
    <message>
        <source>No system keychain is available; passwords and keys are kept in memory until you quit and must be entered again next time.</source>
        <translation>Системное хранилище паролей недоступно: пароли и ключи хранятся в памяти до выхода из программы, в следующий раз их нужно будет ввести снова.</translation>
    </message>
</context>
<context>
    <name>agentp::app::SalonConnection</name>
    <message>
        <source>salon server: connecting…</source>
        <translation>сервер салона: подключение…</translation>
    </message>
    <message>
        <source>salon server: offline — working from the local copy</source>
        <translation>сервер салона: без сети — работа с локальной копией</translation>
    </message>
    <message>
        <source>salon server: signed out</source>
        <translation>сервер салона: вход не выполнен</translation>
    </message>
</context>
<context>
    <name>agentp::app::ScreenshotRunner</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Screenshots written to %1:</source>
        <translation>Снимки экрана сохранены в %1:</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>agentp::app::SyncHost</name>
    <message>
        <source>No Api-Key is stored for “%1”: enter it in the account settings, or set %2 for headless use.</source>
        <translation>Для «%1» не сохранён Api-Key: введите его в настройках аккаунта или задайте %2 для работы без окна.</translation>
    </message>
    <message>
        <source>Syncing chats: %1…</source>
        <translation>Синхронизация чатов: %1…</translation>
    </message>
    <message>
        <source>No API key is stored for the draft service: enter it in the draft settings, or set %1 for headless use.</source>
        <translation>Для сервиса черновиков не сохранён API-ключ: укажите его в настройках черновиков или задайте %1 для работы без окна.</translation>
    </message>
</context>
<context>
    <name>agentp::domain::AiSettings</name>
    <message>
        <source>The service address must be a full http(s) URL, e.g. https://api.deepseek.com.</source>
        <translation>Адрес сервиса должен быть полным http(s)-адресом, например https://api.deepseek.com.</translation>
    </message>
    <message>
        <source>Name the model, e.g. deepseek-flash.</source>
        <translation>Укажите модель, например deepseek-flash.</translation>
    </message>
    <message>
        <source>The number of messages sent must be between %1 and %2.</source>
        <translation>Число отправляемых сообщений должно быть от %1 до %2.</translation>
    </message>
    <message>
        <source>The prompt limit must be between 1,000 and 200,000 characters.</source>
        <translation>Ограничение запроса должно быть от 1 000 до 200 000 символов.</translation>
    </message>
    <message>
        <source>The reply limit must be between 50 and 8,000 tokens.</source>
        <translation>Ограничение ответа должно быть от 50 до 8 000 токенов.</translation>
    </message>
    <message>
        <source>The timeout must be between 5 and 600 seconds.</source>
        <translation>Время ожидания должно быть от 5 до 600 секунд.</translation>
    </message>
</context>
<context>
    <name>agentp::domain::ContactGuard</name>
    <message>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>ссылку</translation>
    </message>
    <message>
        <source>a messenger handle</source>
        <translation>аккаунт в мессенджере</translation>
    </message>
    <message>
        <source>a messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <source>Contains %1: marketplaces forbid contact details outside the chat and fine the seller. Check before sending.</source>
        <translation>Содержит %1: маркетплейсы запрещают контакты вне чата и штрафуют продавца. Проверьте перед отправкой.</translation>
    </message>
</context>
<context>
    <name>agentp::domain::ReplyRules</name>
    <message>
        <source>The chat is closed; the marketplace accepts no replies in it.</source>
        <translation>Чат закрыт; маркетплейс не принимает в нём ответы.</translation>
    </message>
    <message>
        <source>This is a notification channel; it cannot be answered.</source>
        <translation>Это канал уведомлений; на него нельзя ответить.</translation>
    </message>
    <message>
        <source>The 48-hour reply window closed on %1; the buyer has to write first.</source>
        <translation>48 часов на ответ истекли %1; сначала должен написать покупатель.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Ответ пуст.</translation>
    </message>
    <message>
        <source>The reply has %1 characters; the marketplace accepts at most %2.</source>
        <translation>В ответе %1 символов; маркетплейс принимает не больше %2.</translation>
    </message>
    <message>
        <source>This marketplace does not accept files in chats.</source>
        <translation>Этот маркетплейс не принимает файлы в чатах.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: allowed are %2.</source>
        <translation>«%1» нельзя отправить: допустимы %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» пуст.</translation>
    </message>
    <message>
        <source>“%1” is %2; the limit is %3.</source>
        <translation>«%1» весит %2; предел — %3.</translation>
    </message>
</context>
<context>
    <name>agentp::models::CannedReplyModel</name>
    <message>
        <source>/%1 — %2</source>
        <translation>/%1 — %2</translation>
    </message>
</context>
<context>
    <name>agentp::models::ChatListLoader</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation>Не удалось прочитать аккаунты продавца</translation>
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation>Не удалось прочитать чаты</translation>
    </message>
    <message>
        <source>Cannot read the chat messages</source>
        <translation>Не удалось прочитать сообщения чата</translation>
    </message>
</context>
<context>
    <name>agentp::models::ChatListModel</name>
    <message>
        <source>Chat %1</source>
        <translation>Чат %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Заказ %1 · %2</translation>
    </message>
</context>
<context>
    <name>agentp::models::ChatMessageModel</name>
    <message>
        <source>Cannot read the chat</source>
        <translation>Не удалось прочитать чат</translation>
    </message>
    <message>
        <source>Cannot read the attachments</source>
        <translation>Не удалось прочитать вложения</translation>
    </message>
</context>
<context>
    <name>agentp::models::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Favourite master</source>
        <translation>Любимый мастер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
</context>
<context>
    <name>agentp::models::DraftUsageModel</name>
    <message>
        <source>(unknown agent)</source>
        <translation>(сотрудник неизвестен)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Drafts requested</source>
        <translation>Запрошено черновиков</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Вставлено</translation>
    </message>
    <message>
        <source>Sent as written</source>
        <translation>Отправлено без правок</translation>
    </message>
    <message>
        <source>Sent after editing</source>
        <translation>Отправлено с правками</translation>
    </message>
</context>
<context>
    <name>agentp::models::RiskModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Client notified</source>
        <translation>Клиент уведомлён</translation>
    </message>
    <message>
        <source>Cancellation risk %1: %2</source>
        <translation>Риск отмены %1: %2</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Нет номера телефона</translation>
    </message>
    <message>
        <source>Booking %1, salon time</source>
        <translation>Запись %1, время салона</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Салон</translation>
    </message>
</context>
<context>
    <name>agentp::models::SavedViewModel</name>
    <message numerus="yes">
        <source>%1: %n chat(s)</source>
        <translation>
            <numerusform>%1: %n чат</numerusform>
            <numerusform>%1: %n чата</numerusform>
            <numerusform>%1: %n чатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentp::models::SessionTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Салон</translation>
    </message>
</context>
<context>
    <name>agentp::models::SlaChatTableModel</name>
    <message>
        <source>within target</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Ответил</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Ожиданий</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>First wait, working min</source>
        <translation>Первое ожидание, раб. мин</translation>
    </message>
    <message>
        <source>Its target, min</source>
        <translation>Его норматив, мин</translation>
    </message>
    <message>
        <source>First wait</source>
        <translation>Первое ожидание</translation>
    </message>
</context>
<context>
    <name>agentp::models::SlaFigureModel</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>Click to list the chats behind this figure</source>
        <translation>Нажмите, чтобы увидеть чаты за этой цифрой</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Within, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Медиана первого ответа</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й перцентиль</translation>
    </message>
</context>
<context>
    <name>agentp::models::WaitlistModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Нет номера телефона</translation>
    </message>
    <message>
        <source>Asked on %1</source>
        <translation>Заявка от %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Желаемое время</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Салон</translation>
    </message>
</context>
<context>
    <name>agentp::models::WinBackModel</name>
    <message>
        <source>High %1 %</source>
        <translation>Высокий %1 %</translation>
    </message>
    <message>
        <source>Medium %1 %</source>
        <translation>Средний %1 %</translation>
    </message>
    <message>
        <source>Low %1 %</source>
        <translation>Низкий %1 %</translation>
    </message>
    <message>
        <source>None %1 %</source>
        <translation>Нет %1 %</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Вернулся</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) (assumed)</source>
        <translation>
            <numerusform>каждый %n день (предположительно)</numerusform>
            <numerusform>каждые %n дня (предположительно)</numerusform>
            <numerusform>каждые %n дней (предположительно)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than two visits: the usual %n days are assumed</source>
        <translation>
            <numerusform>Меньше двух визитов: принят обычный интервал в %n день</numerusform>
            <numerusform>Меньше двух визитов: принят обычный интервал в %n дня</numerusform>
            <numerusform>Меньше двух визитов: принят обычный интервал в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days since the last visit ÷ %2-day cycle = %3</source>
        <translation>дней с последнего визита: %1 ÷ цикл %2 дн. = %3</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Запрошено %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
</context>
<context>
    <name>agentp::net::ApiClient</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
</context>
<context>
    <name>agentp::net::ChatHistoryPull</name>
    <message>
        <source>The chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>The account was closed while its chat was syncing.</source>
        <translation>Аккаунт закрыт во время синхронизации его чата.</translation>
    </message>
</context>
<context>
    <name>agentp::net::ChatSyncEngine</name>
    <message>
        <source>Syncing chats of this marketplace is not supported yet.</source>
        <translation>Синхронизация чатов этого маркетплейса пока не поддерживается.</translation>
    </message>
    <message>
        <source>The seller account is disabled or was removed.</source>
        <translation>Аккаунт продавца выключен или удалён.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The seller account no longer exists.</source>
        <translation>Этого аккаунта продавца больше нет.</translation>
    </message>
    <message>
        <source>“%1” has no address to download it from.</source>
        <translation>У «%1» нет адреса для загрузки.</translation>
    </message>
    <message>
        <source>Cannot download “%1”: %2</source>
        <translation>Не удалось загрузить «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1” to %2: %3</source>
        <translation>Не удалось сохранить «%1» в %2: %3</translation>
    </message>
    <message>
        <source>Cannot record the download of “%1”: %2</source>
        <translation>Не удалось записать загрузку «%1»: %2</translation>
    </message>
    <message>
        <source>The chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>The seller account of this chat is disabled or was removed.</source>
        <translation>Аккаунт продавца этого чата выключен или удалён.</translation>
    </message>
</context>
<context>
    <name>agentp::net::HttpTransport</name>
    <message>
        <source>The answer from %1 is too large (over %2 MB).</source>
        <translation>Ответ от %1 слишком большой (больше %2 МБ).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>Защищённое соединение с %1 не удалось проверить, поэтому ничего не отправлено.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Не удалось подключиться к %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Соединение с %1 прервалось.</translation>
    </message>
</context>
<context>
    <name>agentp::net::OzonConnector</name>
    <message>
        <source>The Ozon account has no Client-Id or Api-Key.</source>
        <translation>У аккаунта Ozon нет Client-Id или Api-Key.</translation>
    </message>
    <message>
        <source>Reading newer messages needs the chat and a message to start from.</source>
        <translation>Для чтения новых сообщений нужны чат и сообщение, с которого начать.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Пустое сообщение нельзя отправить.</translation>
    </message>
    <message>
        <source>An empty file cannot be sent.</source>
        <translation>Пустой файл нельзя отправить.</translation>
    </message>
    <message>
        <source>Marking read needs the chat and a message.</source>
        <translation>Чтобы отметить прочитанным, нужны чат и сообщение.</translation>
    </message>
    <message>
        <source>The attachment has no valid address.</source>
        <translation>У вложения нет правильного адреса.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
</context>
<context>
    <name>agentp::net::OzonJson</name>
    <message>
        <source>Ozon sent an answer that cannot be read (%1).</source>
        <translation>Ozon прислал ответ, который не удаётся прочитать (%1).</translation>
    </message>
    <message>
        <source>Ozon did not accept the Client-Id and Api-Key. Check them in the account settings.</source>
        <translation>Ozon не принял Client-Id и Api-Key. Проверьте их в настройках аккаунта.</translation>
    </message>
    <message>
        <source>Ozon no longer allows replies in this chat: the reply period has expired.</source>
        <translation>Ozon больше не разрешает отвечать в этом чате: срок ответа истёк.</translation>
    </message>
    <message>
        <source>Ozon refused access to buyer chats: they need the Premium Plus or Premium Pro subscription.</source>
        <translation>Ozon отказал в доступе к чатам с покупателями: нужна подписка Premium Plus или Premium Pro.</translation>
    </message>
    <message>
        <source>Ozon does not know this chat or method (HTTP 404).</source>
        <translation>Ozon не знает этот чат или метод (HTTP 404).</translation>
    </message>
    <message>
        <source>Ozon is limiting the request rate; the request will be repeated later.</source>
        <translation>Ozon ограничивает частоту запросов; запрос будет повторён позже.</translation>
    </message>
    <message>
        <source>Ozon rejected the request (HTTP %1).</source>
        <translation>Ozon отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>Ozon rejected the request: %1</source>
        <translation>Ozon отклонил запрос: %1</translation>
    </message>
    <message>
        <source>Ozon has a temporary problem (HTTP %1).</source>
        <translation>У Ozon временная проблема (HTTP %1).</translation>
    </message>
    <message>
        <source>Ozon sent an unexpected answer (HTTP %1).</source>
        <translation>Ozon прислал неожиданный ответ (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>agentp::net::SalonPull</name>
    <message>
        <source>The salon server connection is closed.</source>
        <translation>Соединение с сервером салона закрыто.</translation>
    </message>
    <message>
        <source>The salon server answered a read with something other than a list of rows.</source>
        <translation>Сервер салона ответил на чтение не списком строк.</translation>
    </message>
    <message>
        <source>The salon server sent %1 rows without “%2”.</source>
        <translation>Сервер салона прислал строки %1 без «%2».</translation>
    </message>
</context>
<context>
    <name>agentp::net::SalonSync</name>
    <message>
        <source>The salon data cannot be stored: the workspace is not open.</source>
        <translation>Данные салона некуда сохранить: рабочее пространство не открыто.</translation>
    </message>
    <message>
        <source>salon server: live</source>
        <translation>сервер салона: в реальном времени</translation>
    </message>
    <message>
        <source>salon server: polling (%1)</source>
        <translation>сервер салона: опрос (%1)</translation>
    </message>
    <message>
        <source>salon server: connecting…</source>
        <translation>сервер салона: подключение…</translation>
    </message>
    <message>
        <source>salon server: polling (live updates refused for this address)</source>
        <translation>сервер салона: опрос (обновления в реальном времени для этого адреса запрещены)</translation>
    </message>
    <message>
        <source>Salon data not updated: %1</source>
        <translation>Данные салона не обновлены: %1</translation>
    </message>
    <message>
        <source>salon server: session expired — sign in again</source>
        <translation>сервер салона: сеанс истёк — войдите снова</translation>
    </message>
</context>
<context>
    <name>agentp::net::UrlPolicy</name>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>«%1» — недопустимый адрес.</translation>
    </message>
    <message>
        <source>The address %1 must use HTTPS: keys and passwords are never sent unencrypted to another machine.</source>
        <translation>Адрес %1 должен использовать HTTPS: ключи и пароли никогда не передаются на другой компьютер без шифрования.</translation>
    </message>
</context>
<context>
    <name>agentp::net::demo::DemoDraftWriter</name>
    <message>
        <source>The draft was stopped.</source>
        <translation>Черновик остановлен.</translation>
    </message>
</context>
<context>
    <name>agentp::net::demo::DemoMarketplace</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The demo marketplace is not running.</source>
        <translation>Демо-маркетплейс не запущен.</translation>
    </message>
    <message>
        <source>The demo marketplace failed: %1</source>
        <translation>Сбой демо-маркетплейса: %1</translation>
    </message>
    <message>
        <source>Unknown cursor.</source>
        <translation>Неизвестный курсор.</translation>
    </message>
    <message>
        <source>No such chat.</source>
        <translation>Такого чата нет.</translation>
    </message>
    <message>
        <source>Unknown message id.</source>
        <translation>Неизвестный id сообщения.</translation>
    </message>
</context>
<context>
    <name>agentp::net::llm::LlmClient</name>
    <message>
        <source>%1 refused the API key.</source>
        <translation>%1 отклонил API-ключ.</translation>
    </message>
    <message>
        <source>The account at %1 has run out of balance.</source>
        <translation>На счёте в %1 закончились средства.</translation>
    </message>
    <message>
        <source>%1 is busy (%2); the draft will be retried.</source>
        <translation>%1 занят (%2); черновик будет запрошен снова.</translation>
    </message>
    <message>
        <source>%1 is overloaded (%2); the draft will be retried.</source>
        <translation>%1 перегружен (%2); черновик будет запрошен снова.</translation>
    </message>
    <message>
        <source>%1 had an internal error (%2); the draft will be retried.</source>
        <translation>Внутренняя ошибка %1 (%2); черновик будет запрошен снова.</translation>
    </message>
    <message>
        <source>%1 does not accept the model “%2”.</source>
        <translation>%1 не принимает модель «%2».</translation>
    </message>
    <message>
        <source>%1 offers no chat completions at this address (404).</source>
        <translation>По этому адресу %1 нет chat completions (404).</translation>
    </message>
    <message>
        <source>%1 rejected the request (%2).</source>
        <translation>%1 отклонил запрос (%2).</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 дал неожиданный ответ (%2).</translation>
    </message>
    <message>
        <source>The AI service address “%1” is not valid.</source>
        <translation>Адрес сервиса ИИ «%1» неверен.</translation>
    </message>
    <message>
        <source>No AI model is configured.</source>
        <translation>Модель ИИ не указана.</translation>
    </message>
    <message>
        <source>No API key is configured for the AI service.</source>
        <translation>Для сервиса ИИ не задан API-ключ.</translation>
    </message>
    <message>
        <source>The API key for the AI service contains spaces or control characters.</source>
        <translation>API-ключ сервиса ИИ содержит пробелы или управляющие символы.</translation>
    </message>
    <message>
        <source>The AI request was cancelled.</source>
        <translation>Запрос к ИИ отменён.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 прислал ответ, который не удалось прочитать.</translation>
    </message>
    <message>
        <source>The answer from %1 is too large.</source>
        <translation>Ответ от %1 слишком большой.</translation>
    </message>
    <message>
        <source>%1 reported an error while answering; the draft will be retried.</source>
        <translation>%1 сообщил об ошибке во время ответа; черновик будет запрошен снова.</translation>
    </message>
    <message>
        <source>%1 sent an empty answer.</source>
        <translation>%1 прислал пустой ответ.</translation>
    </message>
    <message>
        <source>The answer from %1 broke off.</source>
        <translation>Ответ от %1 оборвался.</translation>
    </message>
</context>
<context>
    <name>agentp::net::supabase::PostgrestClient</name>
    <message>
        <source>The request names no table or function.</source>
        <translation>В запросе не указана таблица или функция.</translation>
    </message>
    <message>
        <source>Supabase sent an answer that is not valid JSON.</source>
        <translation>Supabase прислал ответ, который не является корректным JSON.</translation>
    </message>
    <message>
        <source>Refusing to change every row of “%1”: the update has no filter.</source>
        <translation>Изменение всех строк «%1» отклонено: у изменения нет фильтра.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
</context>
<context>
    <name>agentp::net::supabase::RealtimeClient</name>
    <message>
        <source>Live updates are unavailable: the realtime server did not answer in time.</source>
        <translation>Живые обновления недоступны: сервер realtime не ответил вовремя.</translation>
    </message>
    <message>
        <source>Live updates need the project's API key.</source>
        <translation>Для живых обновлений нужен API-ключ проекта.</translation>
    </message>
    <message>
        <source>Live updates are off: %1</source>
        <translation>Живые обновления выключены: %1</translation>
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation>Подключение к живым обновлениям…</translation>
    </message>
    <message>
        <source>The server did not confirm live updates for %1 in time.</source>
        <translation>Сервер не подтвердил вовремя живые обновления для %1.</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>закрыто сервером</translation>
    </message>
    <message>
        <source>Live updates stopped: the connection to the realtime server was lost (%1).</source>
        <translation>Живые обновления остановлены: связь с сервером realtime потеряна (%1).</translation>
    </message>
    <message>
        <source>Live updates are unavailable: the realtime server cannot be reached (%1).</source>
        <translation>Живые обновления недоступны: сервер realtime недоступен (%1).</translation>
    </message>
    <message>
        <source>Live updates stopped: the realtime server stopped answering.</source>
        <translation>Живые обновления остановлены: сервер realtime перестал отвечать.</translation>
    </message>
    <message>
        <source>The server confirmed live updates for %1 with other settings.</source>
        <translation>Сервер подтвердил живые обновления для %1 с другими настройками.</translation>
    </message>
    <message>
        <source>The server refused live updates for %1: %2</source>
        <translation>Сервер отказал в живых обновлениях для %1: %2</translation>
    </message>
    <message>
        <source>The server closed live updates for %1.</source>
        <translation>Сервер закрыл живые обновления для %1.</translation>
    </message>
    <message>
        <source>Live updates for %1 failed on the server.</source>
        <translation>Живые обновления для %1 сломались на сервере.</translation>
    </message>
    <message>
        <source>The server cannot stream changes of %1: %2</source>
        <translation>Сервер не может передавать изменения %1: %2</translation>
    </message>
    <message>
        <source>Live updates are paused: the sign-in has expired and must be renewed.</source>
        <translation>Живые обновления приостановлены: вход истёк, нужно войти снова.</translation>
    </message>
</context>
<context>
    <name>agentp::net::supabase::SupabaseSession</name>
    <message>
        <source>Not connected to a Supabase project.</source>
        <translation>Нет подключения к проекту Supabase.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). After one online sign-in, the same password unlocks offline.</source>
        <translation>Сервер недоступен (%1). После одного входа онлайн тот же пароль открывает консоль и без сети.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again after %1.</source>
        <translation>Слишком много неверных паролей: попробуйте снова после %1.</translation>
    </message>
    <message>
        <source>This account is switched off; ask your administrator.</source>
        <translation>Эта учётная запись отключена; обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Неверный адрес или пароль.</translation>
    </message>
    <message>
        <source>This account has not signed in online on this computer yet; offline unlock needs one online sign-in.</source>
        <translation>С этой учётной записью ещё не входили онлайн на этом компьютере; для входа без сети нужен один вход онлайн.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>agentp::security::SecretStore</name>
    <message>
        <source>The credential name “%1” is not valid.</source>
        <translation>Недопустимое имя учётных данных «%1».</translation>
    </message>
    <message>
        <source>An empty password or key cannot be saved; remove it instead.</source>
        <translation>Пустой пароль или ключ сохранить нельзя; удалите его.</translation>
    </message>
</context>
<context>
    <name>agentp::store</name>
    <message>
        <source>Cannot read the seller accounts</source>
        <translation>Не удалось прочитать аккаунты продавца</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for outgoing files.</source>
        <translation>Не удалось создать папку «%1» для исходящих файлов.</translation>
    </message>
    <message>
        <source>Cannot copy “%1”: %2</source>
        <translation>Не удалось скопировать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Не удалось прочитать %1</translation>
    </message>
    <message>
        <source>Cannot save the order of %1</source>
        <translation>Не удалось сохранить порядок: %1</translation>
    </message>
</context>
<context>
    <name>agentp::store::AccountRepository</name>
    <message>
        <source>Unknown marketplace “%1”; expected one of: %2.</source>
        <translation>Неизвестный маркетплейс «%1»; ожидается один из: %2.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>У аккаунта должно быть название.</translation>
    </message>
    <message>
        <source>The account name is longer than 200 characters.</source>
        <translation>Название аккаунта длиннее 200 символов.</translation>
    </message>
    <message>
        <source>The Ozon Client-Id is missing.</source>
        <translation>Не указан Client-Id Ozon.</translation>
    </message>
    <message>
        <source>The Ozon Client-Id is a number (the seller id shown in the Seller API settings); “%1” is not.</source>
        <translation>Client-Id Ozon — это число (id продавца из настроек Seller API); «%1» — не число.</translation>
    </message>
    <message>
        <source>Choose at least one chat type to sync.</source>
        <translation>Выберите хотя бы один тип чатов для синхронизации.</translation>
    </message>
    <message>
        <source>“%1” is not a chat type.</source>
        <translation>«%1» — не тип чата.</translation>
    </message>
    <message>
        <source>Another account of this marketplace is already called “%1”.</source>
        <translation>Другой аккаунт этого маркетплейса уже называется «%1».</translation>
    </message>
    <message>
        <source>Cannot save the account</source>
        <translation>Не удалось сохранить аккаунт</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Этого аккаунта больше нет.</translation>
    </message>
    <message>
        <source>Cannot remove the account</source>
        <translation>Не удалось удалить аккаунт</translation>
    </message>
    <message>
        <source>Cannot record the sync outcome</source>
        <translation>Не удалось записать итог синхронизации</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as https://api-seller.ozon.ru.</source>
        <translation>«%1» — не веб-адрес вида https://api-seller.ozon.ru.</translation>
    </message>
    <message>
        <source>The base address must not contain a user name, query or fragment.</source>
        <translation>Базовый адрес не должен содержать имя пользователя, запрос или фрагмент.</translation>
    </message>
    <message>
        <source>The base address must use HTTPS: the Api-Key would travel unencrypted. Plain HTTP is allowed only to this computer (localhost).</source>
        <translation>Базовый адрес должен использовать HTTPS: иначе Api-Key передаётся без шифрования. Обычный HTTP допустим только к этому компьютеру (localhost).</translation>
    </message>
    <message>
        <source>The base address must start with https://.</source>
        <translation>Базовый адрес должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>agentp::store::AiDraftRepository</name>
    <message>
        <source>Cannot save the draft</source>
        <translation>Не удалось сохранить черновик</translation>
    </message>
    <message>
        <source>Cannot read the draft</source>
        <translation>Не удалось прочитать черновик</translation>
    </message>
    <message>
        <source>Cannot read the draft usage</source>
        <translation>Не удалось прочитать статистику черновиков</translation>
    </message>
</context>
<context>
    <name>agentp::store::AiSettingsRepository</name>
    <message>
        <source>Cannot read the draft settings</source>
        <translation>Не удалось прочитать настройки черновиков</translation>
    </message>
    <message>
        <source>Cannot save the draft settings</source>
        <translation>Не удалось сохранить настройки черновиков</translation>
    </message>
    <message>
        <source>Cannot read the prompts</source>
        <translation>Не удалось прочитать системные запросы</translation>
    </message>
    <message>
        <source>The default prompt cannot be empty.</source>
        <translation>Запрос по умолчанию не может быть пустым.</translation>
    </message>
    <message>
        <source>The prompt is too long (at most %1 characters).</source>
        <translation>Запрос слишком длинный (не более %1 символов).</translation>
    </message>
    <message>
        <source>Cannot save the prompt</source>
        <translation>Не удалось сохранить запрос</translation>
    </message>
</context>
<context>
    <name>agentp::store::CannedReplyRepository</name>
    <message>
        <source>The canned reply no longer exists.</source>
        <translation>Этого шаблона ответа больше нет.</translation>
    </message>
    <message>
        <source>Cannot read the canned replies</source>
        <translation>Не удалось прочитать шаблоны ответов</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, e.g. “hello”.</source>
        <translation>Задайте сокращение, например «привет».</translation>
    </message>
    <message>
        <source>Type the shortcut without the “/”: it is what follows it in the composer.</source>
        <translation>Укажите сокращение без «/»: это то, что набирается после него в поле ответа.</translation>
    </message>
    <message>
        <source>The shortcut cannot contain spaces.</source>
        <translation>Сокращение не может содержать пробелы.</translation>
    </message>
    <message>
        <source>The shortcut is too long (at most %1 characters).</source>
        <translation>Сокращение слишком длинное (не более %1 символов).</translation>
    </message>
    <message>
        <source>The shortcut “/%1” is already used by another reply.</source>
        <translation>Сокращение «/%1» уже занято другим шаблоном.</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>Напишите текст ответа.</translation>
    </message>
    <message>
        <source>The text is too long: %1 characters, at most %2.</source>
        <translation>Текст слишком длинный: %1 символов, можно не более %2.</translation>
    </message>
    <message>
        <source>Cannot save the canned reply</source>
        <translation>Не удалось сохранить шаблон ответа</translation>
    </message>
    <message>
        <source>Cannot delete the canned reply</source>
        <translation>Не удалось удалить шаблон ответа</translation>
    </message>
    <message>
        <source>the canned replies</source>
        <translation>шаблоны ответов</translation>
    </message>
</context>
<context>
    <name>agentp::store::ChatRepository</name>
    <message>
        <source>Cannot save the chat</source>
        <translation>Не удалось сохранить чат</translation>
    </message>
    <message>
        <source>The chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>Cannot save the sync position</source>
        <translation>Не удалось сохранить позицию синхронизации</translation>
    </message>
    <message>
        <source>Cannot read the sync position</source>
        <translation>Не удалось прочитать позицию синхронизации</translation>
    </message>
    <message>
        <source>Cannot read the chats</source>
        <translation>Не удалось прочитать чаты</translation>
    </message>
    <message>
        <source>Cannot save a chat</source>
        <translation>Не удалось сохранить чат</translation>
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation>Не удалось прочитать чат</translation>
    </message>
    <message>
        <source>Cannot read the reply</source>
        <translation>Не удалось прочитать ответ</translation>
    </message>
    <message>
        <source>Cannot mark the chat read</source>
        <translation>Не удалось отметить чат прочитанным</translation>
    </message>
    <message>
        <source>Cannot mute the chat</source>
        <translation>Не удалось выключить уведомления чата</translation>
    </message>
</context>
<context>
    <name>agentp::store::DraftQueue</name>
    <message>
        <source>AI drafts are switched off in the draft settings.</source>
        <translation>Черновики ИИ выключены в настройках черновиков.</translation>
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation>Не удалось прочитать чат</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>Cannot queue the draft</source>
        <translation>Не удалось поставить черновик в очередь</translation>
    </message>
</context>
<context>
    <name>agentp::store::ReplyQueue</name>
    <message>
        <source>“%1” does not exist or is not a file.</source>
        <translation>«%1» не существует или не является файлом.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«%1» не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Cannot read the chat</source>
        <translation>Не удалось прочитать чат</translation>
    </message>
    <message>
        <source>This chat no longer exists.</source>
        <translation>Этого чата больше нет.</translation>
    </message>
    <message>
        <source>Cannot save the reply</source>
        <translation>Не удалось сохранить ответ</translation>
    </message>
    <message>
        <source>Cannot mark the chat read</source>
        <translation>Не удалось отметить чат прочитанным</translation>
    </message>
</context>
<context>
    <name>agentp::store::SavedViewRepository</name>
    <message>
        <source>Cannot read the saved views</source>
        <translation>Не удалось прочитать представления</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Дайте представлению название.</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Название слишком длинное (не больше %1 символов).</translation>
    </message>
    <message>
        <source>A view called “%1” already exists.</source>
        <translation>Представление «%1» уже есть.</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Не удалось сохранить представление</translation>
    </message>
    <message>
        <source>Cannot rename the view</source>
        <translation>Не удалось переименовать представление</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>Не удалось удалить представление</translation>
    </message>
    <message>
        <source>the saved views</source>
        <translation>представления</translation>
    </message>
    <message>
        <source>The saved view no longer exists.</source>
        <translation>Этого представления больше нет.</translation>
    </message>
</context>
<context>
    <name>agentp::store::SlaRuleRepository</name>
    <message>
        <source>Cannot read the SLA rules</source>
        <translation>Не удалось прочитать правила SLA</translation>
    </message>
    <message>
        <source>The working hours of the SLA rule “%1” cannot be read (%2); it counts around the clock until they are set again.</source>
        <translation>Рабочие часы правила SLA «%1» не читаются (%2); до их повторной настройки время считается круглосуточно.</translation>
    </message>
    <message>
        <source>The SLA rule no longer exists.</source>
        <translation>Этого правила SLA больше нет.</translation>
    </message>
    <message>
        <source>The default rule covers all chats; make a new rule for a narrower scope.</source>
        <translation>Правило по умолчанию охватывает все чаты; для более узкой области создайте новое правило.</translation>
    </message>
    <message>
        <source>Cannot save the SLA rule</source>
        <translation>Не удалось сохранить правило SLA</translation>
    </message>
    <message>
        <source>The default rule cannot be removed: every chat needs a rule.</source>
        <translation>Правило по умолчанию нельзя удалить: у каждого чата должно быть правило.</translation>
    </message>
    <message>
        <source>Cannot remove the SLA rule</source>
        <translation>Не удалось удалить правило SLA</translation>
    </message>
    <message>
        <source>the SLA rules</source>
        <translation>правила SLA</translation>
    </message>
</context>
<context>
    <name>agentp::views::AccountDialog</name>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Wildberries</source>
        <translation>Wildberries</translation>
    </message>
    <message>
        <source>Yandex Market</source>
        <translation>Яндекс Маркет</translation>
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation>Демо-маркетплейс</translation>
    </message>
    <message>
        <source>Sync this account</source>
        <translation>Синхронизировать этот аккаунт</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Seller accounts</source>
        <translation>Аккаунты продавца</translation>
    </message>
    <message>
        <source>empty: the marketplace's own address</source>
        <translation>пусто: адрес маркетплейса</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Маркетплейс:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Client-Id:</source>
        <translation>Client-Id:</translation>
    </message>
    <message>
        <source>Api-Key:</source>
        <translation>Api-Key:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Адрес API:</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Новый аккаунт</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Последняя синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>stored — type to replace it</source>
        <translation>сохранён — введите, чтобы заменить</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Последняя синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Enter the Api-Key of the account.</source>
        <translation>Введите Api-Key аккаунта.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved, but the Api-Key was not: no keychain is available.</source>
        <translation>Сохранено, но Api-Key — нет: хранилище ключей недоступно.</translation>
    </message>
    <message>
        <source>Saved, with the Api-Key in the keychain.</source>
        <translation>Сохранено, Api-Key — в хранилище ключей.</translation>
    </message>
    <message>
        <source>Saved, but the Api-Key was not: %1</source>
        <translation>Сохранено, но Api-Key — нет: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Remove “%1” with all its chats from this workspace? The marketplace keeps them.</source>
        <translation>Удалить «%1» со всеми его чатами из этого пространства? На маркетплейсе они останутся.</translation>
    </message>
    <message>
        <source>The account is already gone.</source>
        <translation>Аккаунт уже удалён.</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Аккаунт «%1» удалён.</translation>
    </message>
    <message>
        <source>The test was withdrawn.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>◷ Waiting for the sync to test the connection…</source>
        <translation>◷ Ожидание синхронизации для проверки подключения…</translation>
    </message>
    <message>
        <source>… Testing the connection…</source>
        <translation>… Проверка подключения…</translation>
    </message>
    <message>
        <source>✗ The connection fails: %1</source>
        <translation>✗ Подключение не работает: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>✓ The connection works.</source>
        <translation>✓ Подключение работает.</translation>
    </message>
</context>
<context>
    <name>agentp::views::AiSettingsDialog</name>
    <message>
        <source>Offer AI drafts in chats</source>
        <translation>Предлагать черновики ИИ в чатах</translation>
    </message>
    <message>
        <source>Show the draft while it is written (streaming)</source>
        <translation>Показывать черновик по мере написания (потоково)</translation>
    </message>
    <message>
        <source>Let the model think first (slower, costs more)</source>
        <translation>Давать модели сначала подумать (медленнее и дороже)</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> сообщений</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>AI drafts</source>
        <translation>Черновики ИИ</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>без изменений (хранится в системном хранилище ключей)</translation>
    </message>
    <message>
        <source>cannot be stored: no keychain</source>
        <translation>негде сохранить: нет хранилища ключей</translation>
    </message>
    <message>
        <source>Service (any OpenAI-compatible endpoint)</source>
        <translation>Сервис (любой OpenAI-совместимый адрес)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>&amp;Send the newest:</source>
        <translation>&amp;Отправлять последние:</translation>
    </message>
    <message>
        <source>&amp;Reply limit:</source>
        <translation>Ограничение &amp;ответа:</translation>
    </message>
    <message>
        <source>&amp;Timeout without an answer:</source>
        <translation>&amp;Ждать ответа не дольше:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системный запрос</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>Filled per chat: {marketplace}, {account}, {chat_type}, {order_number}, {product}. Leave an account's prompt empty to use the workspace default.</source>
        <translation>Подставляются для каждого чата: {marketplace}, {account}, {chat_type}, {order_number}, {product}. Оставьте запрос аккаунта пустым, чтобы использовать запрос по умолчанию.</translation>
    </message>
    <message>
        <source>Restore the built-in prompt</source>
        <translation>Вернуть встроенный запрос</translation>
    </message>
    <message>
        <source>All accounts (default)</source>
        <translation>Все аккаунты (по умолчанию)</translation>
    </message>
    <message>
        <source>Uses the workspace default.</source>
        <translation>Используется запрос по умолчанию.</translation>
    </message>
    <message>
        <source>This account uses the workspace default prompt.</source>
        <translation>Этот аккаунт использует запрос по умолчанию.</translation>
    </message>
    <message>
        <source>The built-in prompt; saving makes it version 1.</source>
        <translation>Встроенный запрос; при сохранении станет версией 1.</translation>
    </message>
    <message>
        <source>Version %1, saved %2. Drafts remember the version they used.</source>
        <translation>Версия %1, сохранена %2. Черновики помнят, какой версией написаны.</translation>
    </message>
    <message>
        <source>The default prompt cannot be empty.</source>
        <translation>Запрос по умолчанию не может быть пустым.</translation>
    </message>
    <message>
        <source>A prompt is too long (at most %1 characters).</source>
        <translation>Один из запросов слишком длинный (не более %1 символов).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved; storing the API key…</source>
        <translation>Сохранено; сохраняется API-ключ…</translation>
    </message>
    <message>
        <source>Saved, with the API key in the keychain.</source>
        <translation>Сохранено, API-ключ — в хранилище ключей.</translation>
    </message>
    <message>
        <source>Saved, but the API key was not: %1</source>
        <translation>Сохранено, но API-ключ нет: %1</translation>
    </message>
</context>
<context>
    <name>agentp::views::CannedRepliesDialog</name>
    <message>
        <source>the buyer's name</source>
        <translation>имя покупателя</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>the product the chat is about</source>
        <translation>товар, о котором чат</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>e.g. hello</source>
        <translation>например, привет</translation>
    </message>
    <message>
        <source>Typed after “/” in the reply field; letters, digits, no spaces</source>
        <translation>Набирается после «/» в поле ответа; буквы и цифры, без пробелов</translation>
    </message>
    <message>
        <source>What the reply is for, e.g. Greeting</source>
        <translation>Для чего шаблон, например «Приветствие»</translation>
    </message>
    <message>
        <source>The text that goes into the reply</source>
        <translation>Текст, который попадёт в ответ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Variables: %1. One that has no value in a chat stays in the reply, highlighted, for you to fill in.</source>
        <translation>Переменные: %1. Если в чате для переменной нет значения, она остаётся в ответе и подсвечивается — заполните её сами.</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Вставить переменную</translation>
    </message>
    <message>
        <source>Put a variable into the text at the cursor</source>
        <translation>Вставить переменную в текст в позиции курсора</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>&amp;New reply</source>
        <translation>&amp;Новый шаблон</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>This reply was deleted meanwhile; Save adds it again.</source>
        <translation>Этот шаблон тем временем удалили; «Сохранить» добавит его снова.</translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation>Удаление шаблона ответа</translation>
    </message>
    <message>
        <source>Delete the canned reply “/%1”?</source>
        <translation>Удалить шаблон ответа «/%1»?</translation>
    </message>
</context>
<context>
    <name>agentp::views::CannedReplyPopup</name>
    <message>
        <source>Canned replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>No canned reply matches “/%1”.</source>
        <translation>Нет шаблонов для «/%1».</translation>
    </message>
    <message>
        <source>No canned replies yet. Add them with Replies… ▸ Canned replies… above the chat list.</source>
        <translation>Шаблонов ответов пока нет. Добавьте их через «Ответы… ▸ Шаблоны ответов…» над списком чатов.</translation>
    </message>
</context>
<context>
    <name>agentp::views::ChatBubbleDelegate</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>◷ queued</source>
        <translation>◷ в очереди</translation>
    </message>
    <message>
        <source>… sending</source>
        <translation>… отправляется</translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation>✓ отправлено</translation>
    </message>
    <message>
        <source>✓✓ read</source>
        <translation>✓✓ прочитано</translation>
    </message>
    <message>
        <source>⚠ not sent</source>
        <translation>⚠ не отправлено</translation>
    </message>
    <message>
        <source>Marketplace support</source>
        <translation>Поддержка маркетплейса</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>ещё не загружено</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
</context>
<context>
    <name>agentp::views::ChatListDelegate</name>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (закрыт)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 ч %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 (muted)</source>
        <translation>%1 (без уведомлений)</translation>
    </message>
</context>
<context>
    <name>agentp::views::ChatView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>История чата</translation>
    </message>
    <message>
        <source>Send the failed reply again (Ctrl+Shift+R)</source>
        <translation>Отправить неотправленный ответ ещё раз (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Retry the failed reply</source>
        <translation>Повторить неотправленный ответ</translation>
    </message>
    <message>
        <source>No chat selected</source>
        <translation>Чат не выбран</translation>
    </message>
    <message>
        <source>This chat no longer exists</source>
        <translation>Этого чата больше нет</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Чат %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>заказ %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>Choose a chat on the left.</source>
        <translation>Выберите чат слева.</translation>
    </message>
    <message>
        <source>A reply could not be sent.</source>
        <translation>Ответ не удалось отправить.</translation>
    </message>
    <message>
        <source>A reply could not be sent: %1</source>
        <translation>Ответ не удалось отправить: %1</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Download “%1”</source>
        <translation>Загрузить «%1»</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>Открыть «%1»</translation>
    </message>
    <message>
        <source>Save “%1” as…</source>
        <translation>Сохранить «%1» как…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Cannot save “%1” to %2.</source>
        <translation>Не удалось сохранить «%1» в %2.</translation>
    </message>
    <message>
        <source>Downloading “%1”… Open it again in a moment.</source>
        <translation>Загрузка «%1»… Откройте его снова через несколько секунд.</translation>
    </message>
</context>
<context>
    <name>agentp::views::ChatsPane</name>
    <message>
        <source>Ozon</source>
        <translation>Ozon</translation>
    </message>
    <message>
        <source>Wildberries</source>
        <translation>Wildberries</translation>
    </message>
    <message>
        <source>Yandex Market</source>
        <translation>Яндекс Маркет</translation>
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation>Демо-маркетплейс</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Only chats with unread messages</source>
        <translation>Только чаты с непрочитанными сообщениями</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Only chats whose buyer wrote last</source>
        <translation>Только чаты, где последним писал покупатель</translation>
    </message>
    <message>
        <source>Seller account</source>
        <translation>Аккаунт продавца</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Аккаунты…</translation>
    </message>
    <message>
        <source>Add, edit or remove seller accounts</source>
        <translation>Добавить, изменить или удалить аккаунты продавца</translation>
    </message>
    <message>
        <source>Search names, orders, messages (Ctrl+K)</source>
        <translation>Поиск по именам, заказам, сообщениям (Ctrl+K)</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Unread first</source>
        <translation>Сначала непрочитанные</translation>
    </message>
    <message>
        <source>Order of the chats</source>
        <translation>Порядок чатов</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск по чатам</translation>
    </message>
    <message>
        <source>Previous chat</source>
        <translation>Предыдущий чат</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Следующий чат</translation>
    </message>
    <message>
        <source>Next unread chat</source>
        <translation>Следующий непрочитанный чат</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Все маркетплейсы</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n чат</numerusform>
            <numerusform>%n чата</numerusform>
            <numerusform>%n чатов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source> · message text is still being indexed</source>
        <translation> · текст сообщений ещё индексируется</translation>
    </message>
    <message>
        <source> · searching the messages…</source>
        <translation> · поиск по сообщениям…</translation>
    </message>
    <message>
        <source>No other chat has unread messages.</source>
        <translation>В других чатах нет непрочитанных сообщений.</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочные</translation>
    </message>
    <message>
        <source>Only chats close to or past their SLA deadline</source>
        <translation>Только чаты, у которых срок ответа по SLA скоро истечёт или уже истёк</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Сначала срочные</translation>
    </message>
    <message>
        <source>SLA…</source>
        <translation>SLA…</translation>
    </message>
    <message>
        <source>Response-time rules and working hours</source>
        <translation>Правила сроков ответа и рабочие часы</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <source>SLA compliance per account and agent (Ctrl+Shift+L)</source>
        <translation>Соблюдение SLA по аккаунтам и сотрудникам (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Mute or unmute the chat</source>
        <translation>Выключить или включить уведомления чата</translation>
    </message>
    <message>
        <source>SLA compliance report</source>
        <translation>Отчёт о соблюдении SLA</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>The account of this view no longer exists; showing all accounts.</source>
        <translation>Аккаунта этого представления больше нет; показаны все аккаунты.</translation>
    </message>
    <message>
        <source>That chat is no longer in the list.</source>
        <translation>Этого чата больше нет в списке.</translation>
    </message>
    <message>
        <source>Chat muted: no SLA notifications for it.</source>
        <translation>Уведомления чата выключены: о его сроках SLA сообщений не будет.</translation>
    </message>
    <message>
        <source>Chat unmuted: its SLA notifications are back.</source>
        <translation>Уведомления чата снова включены.</translation>
    </message>
    <message>
        <source>Unmute notifications</source>
        <translation>Включить уведомления</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Выключить уведомления</translation>
    </message>
    <message>
        <source>Save the current filters as a view…</source>
        <translation>Сохранить текущие фильтры как представление…</translation>
    </message>
    <message>
        <source>Replies…</source>
        <translation>Ответы…</translation>
    </message>
    <message>
        <source>Canned replies and AI drafts</source>
        <translation>Шаблоны ответов и черновики ИИ</translation>
    </message>
    <message>
        <source>Canned replies…</source>
        <translation>Шаблоны ответов…</translation>
    </message>
    <message>
        <source>Replies inserted with “/” in the reply field</source>
        <translation>Ответы, вставляемые через «/» в поле ответа</translation>
    </message>
    <message>
        <source>AI drafts…</source>
        <translation>Черновики ИИ…</translation>
    </message>
    <message>
        <source>The draft service, its API key and the system prompts</source>
        <translation>Сервис черновиков, его API-ключ и системные запросы</translation>
    </message>
    <message>
        <source> · loading the other chats…</source>
        <translation> · загружаются остальные чаты…</translation>
    </message>
</context>
<context>
    <name>agentp::views::ClientDetailDialog</name>
    <message>
        <source>Client — %1</source>
        <translation>Клиент — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>favourite master: %1</source>
        <translation>любимый мастер: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Визитов пока нет.</translation>
    </message>
    <message>
        <source>Bot dialogs</source>
        <translation>Диалоги с ботом</translation>
    </message>
    <message>
        <source>No dialogs with the bot.</source>
        <translation>Диалогов с ботом нет.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <source>Never on the waitlist.</source>
        <translation>В листе ожидания не был.</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>No upcoming booking has a risk prediction.</source>
        <translation>Ни для одной предстоящей записи нет прогноза риска.</translation>
    </message>
    <message>
        <source>Open dialog</source>
        <translation>Открыть диалог</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the dialog</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы прочитать диалог</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Состоялся</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>%1 ₽</source>
        <translation>%1 ₽</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Wanted day</source>
        <translation>Желаемый день</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Matched to a slot</source>
        <translation>Подобран слот</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>любое время</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Cancellation risk</source>
        <translation>Риск отмены</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Client notified</source>
        <translation>Клиент уведомлён</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Проигнорировано</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Подобрано</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>agentp::views::ClientMemoryPanel</name>
    <message>
        <source>What the bot remembers</source>
        <translation>Что помнит бот</translation>
    </message>
    <message>
        <source>Select a client to see what the bot remembers about them.</source>
        <translation>Выберите клиента, чтобы увидеть, что о нём помнит бот.</translation>
    </message>
    <message>
        <source>What the bot remembers about %1</source>
        <translation>Что бот помнит о клиенте %1</translation>
    </message>
    <message>
        <source>The bot has not remembered anything about this client yet.</source>
        <translation>Бот пока ничего не запомнил об этом клиенте.</translation>
    </message>
    <message>
        <source>Part of the bot's memory could not be read; it is not shown.</source>
        <translation>Часть памяти бота не удалось прочитать; она не показана.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
</context>
<context>
    <name>agentp::views::ClientsPane</name>
    <message>
        <source>All salons</source>
        <translation>Все салоны</translation>
    </message>
    <message>
        <source>Search by name or phone…</source>
        <translation>Поиск по имени или телефону…</translation>
    </message>
    <message>
        <source>Any part of the name, or at least 3 digits of the phone in any format (Ctrl+F)</source>
        <translation>Любая часть имени или не меньше 3 цифр телефона в любом формате (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click or press Enter for the client's visits, dialogs, waitlist entries and predictions</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть визиты, диалоги, заявки и прогнозы клиента</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n клиент выгружен в %1</numerusform>
            <numerusform>%n клиента выгружены в %1</numerusform>
            <numerusform>%n клиентов выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found</source>
        <translation>
            <numerusform>найден %n клиент</numerusform>
            <numerusform>найдено %n клиента</numerusform>
            <numerusform>найдено %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation>Данные: ещё не синхронизировались</translation>
    </message>
</context>
<context>
    <name>agentp::views::Composer</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <source>Attach an image or a PDF</source>
        <translation>Приложить изображение или PDF</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replies are not possible in this chat.</source>
        <translation>В этом чате ответить нельзя.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The reply is %1 characters too long.</source>
        <translation>Ответ длиннее допустимого на %1 символов.</translation>
    </message>
    <message>
        <source>The reply has %1 characters; the marketplace accepts at most %2.</source>
        <translation>В ответе %1 символов; маркетплейс принимает не больше %2.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Изображения и PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a chat to reply.</source>
        <translation>Выберите чат, чтобы ответить.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending.</source>
        <translation>Заполните %1 перед отправкой.</translation>
    </message>
</context>
<context>
    <name>agentp::views::CsvExport</name>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows the filter shows as a CSV file (%1)</source>
        <translation>Сохранить строки, которые показывает фильтр, в файл CSV (%1)</translation>
    </message>
    <message>
        <source>The table has nothing to export.</source>
        <translation>В таблице нечего выгружать.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2
Nothing was changed; choose another folder or free some disk space and try again.</source>
        <translation>Файл %1 не записан: %2
Ничего не изменилось; выберите другую папку или освободите место на диске и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>agentp::views::FunnelChart</name>
    <message>
        <source>Dialogs</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Conversion funnel: dialogs, % of started</source>
        <translation>Воронка конверсии: диалоги, % от начатых</translation>
    </message>
    <message>
        <source>Dialog started</source>
        <translation>Диалог начат</translation>
    </message>
    <message>
        <source>Service chosen</source>
        <translation>Услуга выбрана</translation>
    </message>
    <message>
        <source>Time chosen</source>
        <translation>Время выбрано</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1: %2 dialogs, %3 of started</source>
        <translation>%1: диалогов %2, %3 от начатых</translation>
    </message>
    <message>
        <source>, %1 of the previous stage</source>
        <translation>, %1 от предыдущего этапа</translation>
    </message>
</context>
<context>
    <name>agentp::views::MainWindow</name>
    <message>
        <source>%1 — Agent P Console</source>
        <translation>%1 — Консоль Agent P</translation>
    </message>
    <message>
        <source>Workspace: %1 (demo)</source>
        <translation>Пространство: %1 (демо)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Пространство: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>○ Offline — working from the local copy</source>
        <translation>○ Нет сети — работа с локальной копией</translation>
    </message>
    <message>
        <source>Demo data, no server</source>
        <translation>Демо-данные, без сервера</translation>
    </message>
    <message>
        <source>Network state unknown</source>
        <translation>Состояние сети неизвестно</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Синхронизация: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть пространство…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Открыть &amp;демо-пространство</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Agent P Console</source>
        <translation>&amp;О Консоли Agent P</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Agent P workspaces (*.agentp);;All files (*)</source>
        <translation>Пространства Agent P (*.agentp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Agent P Console</source>
        <translation>О Консоли Agent P</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent P Console&lt;/b&gt; %1&lt;br&gt;Buyer chats and salon bot analytics, fast and offline.</source>
        <translation>&lt;b&gt;Консоль Agent P&lt;/b&gt; %1&lt;br&gt;Чаты с покупателями и аналитика бота салона — быстро и без сети.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>super admin</source>
        <translation>суперадминистратор</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Waitlist &amp; risks</source>
        <translation>Ожидание и риски</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Возврат клиентов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Tenant settings</source>
        <translation>Настройки салона</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Sa&amp;lon server</source>
        <translation>Сервер са&amp;лона</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected dialog or client&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search (Clients)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reset the filters; revert unsaved settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the Overview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now (all seller accounts)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sign in to the salon server&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Chats&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the chats&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Up&lt;/b&gt; / &lt;b&gt;Alt+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next chat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next chat with unread messages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Send the reply&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retry the reply that failed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute / unmute the chat's notifications&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the filters as a view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rename / delete the view (sidebar)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Do not disturb&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Waitlist &amp;amp; risks&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Convert&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Match with the selected slot&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; / &lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Notify / ignore a risk&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo within 5 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retry a failed action&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bring a client back (Win-back)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save tenant settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Переключить панель&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Открыть выбранный диалог или клиента&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Поиск (Клиенты)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Сбросить фильтры; отменить несохранённые настройки&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Выгрузить таблицу в CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Обновить обзор&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Синхронизировать сейчас (все аккаунты продавца)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Вход на сервер салона&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Чаты&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Поиск по чатам&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Up&lt;/b&gt; / &lt;b&gt;Alt+Down&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Предыдущий / следующий чат&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+U&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Следующий чат с непрочитанными&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Отправить ответ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Повторить неотправленный ответ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Выключить / включить уведомления чата&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Сохранить фильтры как представление&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Переименовать / удалить представление (боковая панель)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Не беспокоить&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td colspan=2&gt;&lt;i&gt;Ожидание и риски&lt;/i&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Записать&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Отменить заявку&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Связаться&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Подобрать выбранный слот&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; / &lt;b&gt;Ctrl+I&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Напомнить / игнорировать риск&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Отменить в течение 5 секунд&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Повторить неудавшееся действие&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Вернуть клиента (Возврат клиентов)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Сохранить настройки салона&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Открыть пространство&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Этот список&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Выход&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>agentp::views::OverviewPane</name>
    <message>
        <source>Dialogs</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>&amp;Salon:</source>
        <translation>&amp;Салон:</translation>
    </message>
    <message>
        <source>Which salon the figures are for (Alt+S)</source>
        <translation>Для какого салона показатели (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period of the figures; compared with the period of the same length just before it (Alt+P)</source>
        <translation>Период показателей; сравнивается с предшествующим периодом той же длины (Alt+P)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures from the store again (F5)</source>
        <translation>Перечитать показатели из хранилища (F5)</translation>
    </message>
    <message>
        <source>All salons</source>
        <translation>Все салоны</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation>Данные: ещё не синхронизировались</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, в сравнении с %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Предыдущий период (%1): %2</translation>
    </message>
    <message>
        <source>%1: counting the dialogs…</source>
        <translation>%1: подсчёт диалогов…</translation>
    </message>
</context>
<context>
    <name>agentp::views::SalonLoginDialog</name>
    <message>
        <source>Sign in to the salon server</source>
        <translation>Вход на сервер салона</translation>
    </message>
    <message>
        <source>anon or publishable key</source>
        <translation>ключ anon или publishable</translation>
    </message>
    <message>
        <source>The project's public key. Never enter the service-role key: the console does not need it and must not hold it.</source>
        <translation>Публичный ключ проекта. Никогда не вводите ключ service-role: консоли он не нужен и не должен в ней храниться.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Публичный &amp;ключ:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Unlock offline</source>
        <translation>Войти &amp;без сети</translation>
    </message>
    <message>
        <source>Work from the local copy: checks the password against the last online sign-in on this computer.</source>
        <translation>Работа с локальной копией: пароль сверяется с последним входом онлайн на этом компьютере.</translation>
    </message>
    <message>
        <source>Enter the salon server's address.</source>
        <translation>Введите адрес сервера салона.</translation>
    </message>
    <message>
        <source>The server address must look like https://&lt;project&gt;.supabase.co.</source>
        <translation>Адрес сервера должен иметь вид https://&lt;project&gt;.supabase.co.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only for this computer).</source>
        <translation>Адрес сервера должен начинаться с https:// (обычный http — только для этого компьютера).</translation>
    </message>
    <message>
        <source>Enter the project's public key.</source>
        <translation>Введите публичный ключ проекта.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>agentp::views::SavedViewList</name>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the chat list's search, filters and sort as a view (Ctrl+Shift+S in Chats)</source>
        <translation>Сохранить поиск, фильтры и сортировку списка чатов как представление (Ctrl+Shift+S в чатах)</translation>
    </message>
    <message>
        <source>Chat views</source>
        <translation>Представления чатов</translation>
    </message>
    <message>
        <source>Save chat view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>Name of the view (the current search, filters and sort):</source>
        <translation>Название представления (текущие поиск, фильтры и сортировка):</translation>
    </message>
    <message>
        <source>A view called “%1” already exists. Replace what it shows with the current filters?</source>
        <translation>Представление «%1» уже есть. Заменить его текущими фильтрами?</translation>
    </message>
    <message>
        <source>Rename chat view</source>
        <translation>Переименовать представление</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete chat view</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The chats stay; only the view goes.</source>
        <translation>Удалить представление «%1»? Чаты останутся, удалится только представление.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Replace with the current filters</source>
        <translation>Заменить текущими фильтрами</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Save the current filters as a view…</source>
        <translation>Сохранить текущие фильтры как представление…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Представления&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>agentp::views::SessionHistoryDialog</name>
    <message>
        <source>Dialog with %1</source>
        <translation>Диалог: %1</translation>
    </message>
    <message>
        <source>The dialog could not be read: %1</source>
        <translation>Не удалось прочитать диалог: %1</translation>
    </message>
    <message>
        <source>This dialog has no messages.</source>
        <translation>В этом диалоге нет сообщений.</translation>
    </message>
</context>
<context>
    <name>agentp::views::SessionsPane</name>
    <message>
        <source>All salons</source>
        <translation>Все салоны</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Client name…</source>
        <translation>Имя клиента…</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every dialog again (Ctrl+R)</source>
        <translation>Снова показать все диалоги (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Open dialog</source>
        <translation>Открыть диалог</translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалога</numerusform>
            <numerusform>%n диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialog(s) exported to %1</source>
        <translation>
            <numerusform>%n диалог выгружен в %1</numerusform>
            <numerusform>%n диалога выгружены в %1</numerusform>
            <numerusform>%n диалогов выгружено в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agentp::views::SlaReportDialog</name>
    <message>
        <source>SLA compliance report</source>
        <translation>Отчёт о соблюдении SLA</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Пересчитать (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>По аккаунтам</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the chat</source>
        <translation>Двойной щелчок или Enter открывает чат</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) exported to %1</source>
        <translation>
            <numerusform>%n чат выгружен в %1</numerusform>
            <numerusform>%n чата выгружено в %1</numerusform>
            <numerusform>%n чатов выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Отчёт не построен: %1</translation>
    </message>
    <message>
        <source>Click a figure to list the chats behind it.</source>
        <translation>Нажмите на цифру, чтобы увидеть чаты за ней.</translation>
    </message>
    <message>
        <source>No buyer waited for an answer in this period (waits still within their target are not judged yet).</source>
        <translation>В этот период покупатели не ждали ответа (ожидания, срок которых ещё не истёк, пока не оцениваются).</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %n wait(s) answered within target</source>
        <translation>
            <numerusform>%1 % из %n ожидания — ответ в срок</numerusform>
            <numerusform>%1 % из %n ожиданий — ответ в срок</numerusform>
            <numerusform>%1 % из %n ожиданий — ответ в срок</numerusform>
        </translation>
    </message>
    <message>
        <source>median first response %1, 90th percentile %2 (working time)</source>
        <translation>медиана первого ответа %1, 90-й перцентиль %2 (рабочее время)</translation>
    </message>
    <message numerus="yes">
        <source>Chats behind “%1”: %n</source>
        <translation>
            <numerusform>Чаты за «%1»: %n</numerusform>
            <numerusform>Чаты за «%1»: %n</numerusform>
            <numerusform>Чаты за «%1»: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Within target, %</source>
        <translation>В срок, %</translation>
    </message>
    <message>
        <source>Within target by account</source>
        <translation>В срок по аккаунтам</translation>
    </message>
    <message>
        <source>Within target by agent</source>
        <translation>В срок по сотрудникам</translation>
    </message>
    <message>
        <source>Counting the waits of %1 – %2…</source>
        <translation>Подсчёт ожиданий за %1 – %2…</translation>
    </message>
    <message>
        <source>AI drafts</source>
        <translation>Черновики ИИ</translation>
    </message>
</context>
<context>
    <name>agentp::views::SlaRulesDialog</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Круглосуточно</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>SLA rules</source>
        <translation>Правила SLA</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31, 2027-01-01</source>
        <translation>например, 2026-12-31, 2027-01-01</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Все чаты</translation>
    </message>
    <message>
        <source>A marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>A seller account</source>
        <translation>Аккаунт продавца</translation>
    </message>
    <message>
        <source>A chat type</source>
        <translation>Тип чата</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <source>First response within:</source>
        <translation>Первый ответ в течение:</translation>
    </message>
    <message>
        <source>Next response within:</source>
        <translation>Следующий ответ в течение:</translation>
    </message>
    <message>
        <source>Warn before the deadline:</source>
        <translation>Предупредить до срока за:</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Рабочие часы:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Monday:</source>
        <translation>Понедельник:</translation>
    </message>
    <message>
        <source>Tuesday:</source>
        <translation>Вторник:</translation>
    </message>
    <message>
        <source>Wednesday:</source>
        <translation>Среда:</translation>
    </message>
    <message>
        <source>Thursday:</source>
        <translation>Четверг:</translation>
    </message>
    <message>
        <source>Friday:</source>
        <translation>Пятница:</translation>
    </message>
    <message>
        <source>Saturday:</source>
        <translation>Суббота:</translation>
    </message>
    <message>
        <source>Sunday:</source>
        <translation>Воскресенье:</translation>
    </message>
    <message>
        <source>day off, or e.g. 09:00-13:00, 14:00-18:00</source>
        <translation>выходной или, например, 09:00-13:00, 14:00-18:00</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Праздники:</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Новое правило</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>The most specific rule applies: seller account, then chat type, then marketplace, then all chats; among equals the higher one.</source>
        <translation>Действует самое точное правило: аккаунт продавца, затем тип чата, затем маркетплейс, затем все чаты; среди равных — то, что выше.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>Yandex Market</source>
        <translation>Яндекс Маркет</translation>
    </message>
    <message>
        <source>Demo marketplace</source>
        <translation>Демо-маркетплейс</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (for example Europe/Moscow).</source>
        <translation>«%1» — неизвестный часовой пояс (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD).</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>own hours on a date, e.g. 2026-12-30 09:00-15:00; 2026-12-26 10:00-16:00</source>
        <translation>свои часы в дату, например 2026-12-30 09:00-15:00; 2026-12-26 10:00-16:00</translation>
    </message>
    <message>
        <source>A short day or a working weekend: the date, then its shifts; several dates separated by “;”</source>
        <translation>Сокращённый день или рабочий выходной: дата, затем её смены; несколько дат через «;»</translation>
    </message>
    <message>
        <source>Special days:</source>
        <translation>Особые дни:</translation>
    </message>
    <message>
        <source>Special days: “%1” is not a date (YYYY-MM-DD).</source>
        <translation>Особые дни: «%1» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Special day %1: %2</source>
        <translation>Особый день %1: %2</translation>
    </message>
    <message>
        <source>Special day %1 has no hours; a closed date belongs under Holidays.</source>
        <translation>У особого дня %1 нет часов; нерабочую дату укажите в праздниках.</translation>
    </message>
    <message>
        <source>%1 is both a holiday and a special day.</source>
        <translation>%1 указан и как праздник, и как особый день.</translation>
    </message>
    <message>
        <source>Special day %1 is given twice.</source>
        <translation>Особый день %1 указан дважды.</translation>
    </message>
</context>
<context>
    <name>agentp::views::SuggestionPanel</name>
    <message>
        <source>AI draft</source>
        <translation>Черновик ИИ</translation>
    </message>
    <message>
        <source>Write a reply draft with AI (Ctrl+J); Ctrl+Shift+J writes a new one</source>
        <translation>Написать черновик ответа с ИИ (Ctrl+J); Ctrl+Shift+J — новый черновик</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop writing the draft (Escape)</source>
        <translation>Остановить написание черновика (Escape)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Put the draft into the reply field (Ctrl+Shift+Return)</source>
        <translation>Вставить черновик в поле ответа (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>AI draft of the reply</source>
        <translation>Черновик ответа от ИИ</translation>
    </message>
    <message>
        <source>New AI draft</source>
        <translation>Новый черновик ИИ</translation>
    </message>
    <message>
        <source>Insert the AI draft</source>
        <translation>Вставить черновик ИИ</translation>
    </message>
    <message>
        <source>Stop the AI draft</source>
        <translation>Остановить черновик ИИ</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Новый черновик</translation>
    </message>
    <message>
        <source>Ctrl+J writes an AI draft of the reply; type / for a canned reply.</source>
        <translation>Ctrl+J — черновик ответа от ИИ; «/» — шаблон ответа.</translation>
    </message>
    <message>
        <source>Waiting for the draft service…</source>
        <translation>Ожидание сервиса черновиков…</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ожидание: %1</translation>
    </message>
    <message>
        <source>Writing the draft…</source>
        <translation>Черновик пишется…</translation>
    </message>
    <message>
        <source>The chat has not changed since this draft; Ctrl+Shift+J writes a new one.</source>
        <translation>Чат не менялся с этого черновика; Ctrl+Shift+J напишет новый.</translation>
    </message>
    <message>
        <source>Draft ready (%1). Ctrl+Shift+Return inserts it.</source>
        <translation>Черновик готов (%1). Ctrl+Shift+Return вставит его.</translation>
    </message>
    <message>
        <source>No draft: %1 Canned replies (/) still work.</source>
        <translation>Черновика нет: %1 Шаблоны ответов («/») работают.</translation>
    </message>
    <message>
        <source>The draft was stopped.</source>
        <translation>Черновик остановлен.</translation>
    </message>
    <message>
        <source>Source…</source>
        <translation>Источник…</translation>
    </message>
    <message>
        <source>What produced this draft: model, prompt version and the messages sent</source>
        <translation>Из чего написан черновик: модель, версия запроса и отправленные сообщения</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>System prompt: version %1 of %2, saved %3</source>
        <translation>Системный запрос: версия %1 — %2, сохранена %3</translation>
    </message>
    <message>
        <source>this account's prompt</source>
        <translation>запрос этого аккаунта</translation>
    </message>
    <message>
        <source>the default prompt</source>
        <translation>запрос по умолчанию</translation>
    </message>
    <message>
        <source>Requested by %1 at %2</source>
        <translation>Запросил(а) %1, %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>What produced this draft</source>
        <translation>Из чего написан черновик</translation>
    </message>
</context>
<context>
    <name>agentp::views::TenantConflictPanel</name>
    <message>
        <source>Re-apply &amp;mine</source>
        <translation>Применить &amp;моё</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Send your values again, on top of the current version (Alt+M)</source>
        <translation>Отправить ваши значения ещё раз поверх текущей версии (Alt+M)</translation>
    </message>
    <message>
        <source>Drop your change and keep the current version (Alt+T)</source>
        <translation>Отказаться от своего изменения и оставить текущую версию (Alt+T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change was not applied: someone else saved these settings first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваше изменение не применено: кто-то другой сохранил эти настройки раньше.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your change was not applied.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваше изменение не применено.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Отбросить моё</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Before your edit</source>
        <translation>До вашей правки</translation>
    </message>
    <message>
        <source>Theirs (now on the server)</source>
        <translation>Их (сейчас на сервере)</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
</context>
<context>
    <name>agentp::views::TenantSettingsPane</name>
    <message>
        <source>Offer only slots that leave no gaps between bookings</source>
        <translation>Предлагать только слоты, не оставляющие окон между записями</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Sa&amp;lon:</source>
        <translation>Са&amp;лон:</translation>
    </message>
    <message>
        <source>Queue the changed settings for the server (%1)</source>
        <translation>Поставить изменённые настройки в очередь на сервер (%1)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes (Ctrl+R)</source>
        <translation>Отменить несохранённые изменения (Ctrl+R)</translation>
    </message>
    <message>
        <source>Simulate a colleague's edit</source>
        <translation>Сымитировать правку коллеги</translation>
    </message>
    <message>
        <source>Demo only: a colleague changes this salon's closing time on the server, so saving the older data you see meets a conflict</source>
        <translation>Только в демо: коллега меняет время закрытия салона на сервере, и сохранение ваших устаревших данных приводит к конфликту</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>The salon's name</source>
        <translation>Название салона</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>например, 123456</translation>
    </message>
    <message>
        <source>e.g. -1001234567890 (optional)</source>
        <translation>например, -1001234567890 (необязательно)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Save or revert the changes first</source>
        <translation>Сначала сохраните или отмените изменения</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Conflict: someone else changed these settings — see below</source>
        <translation>Конфликт: кто-то другой изменил эти настройки — см. ниже</translation>
    </message>
    <message>
        <source>Not saved — see below</source>
        <translation>Не сохранено — см. ниже</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Could not re-apply: %1</source>
        <translation>Не удалось применить заново: %1</translation>
    </message>
    <message>
        <source>Could not drop the change: %1</source>
        <translation>Не удалось отбросить изменение: %1</translation>
    </message>
    <message>
        <source>A colleague changed the closing time on the demo server; this console does not know yet, so your next save will meet a conflict.</source>
        <translation>Коллега изменил время закрытия на демо-сервере; консоль об этом ещё не знает, поэтому следующее сохранение встретит конфликт.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Data as of: this computer's copy (never synced)</source>
        <translation>Данные: копия на этом компьютере (ещё не синхронизировались)</translation>
    </message>
</context>
<context>
    <name>agentp::views::TrayNotifier</name>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>No SLA notifications; the counts stay</source>
        <translation>Без уведомлений SLA; счётчики остаются</translation>
    </message>
    <message>
        <source>Show Agent P Console</source>
        <translation>Показать Agent P Console</translation>
    </message>
    <message>
        <source>Show urgent chats</source>
        <translation>Показать срочные чаты</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Chats waiting for an answer</source>
        <translation>Чаты ждут ответа</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) past the deadline</source>
        <translation>
            <numerusform>%n чат просрочен</numerusform>
            <numerusform>%n чата просрочено</numerusform>
            <numerusform>%n чатов просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n close to it</source>
        <translation>
            <numerusform>%n близок к сроку</numerusform>
            <numerusform>%n близки к сроку</numerusform>
            <numerusform>%n близки к сроку</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent P Console</source>
        <translation>Agent P Console</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) close to the deadline</source>
        <translation>
            <numerusform>%n чат близок к сроку</numerusform>
            <numerusform>%n чата близки к сроку</numerusform>
            <numerusform>%n чатов близки к сроку</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>Включён режим «Не беспокоить»</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Answer soon: %1</source>
        <translation>Скоро срок ответа: %1</translation>
    </message>
    <message>
        <source>%1 · the answer was due at %2</source>
        <translation>%1 · ответ нужен был к %2</translation>
    </message>
    <message>
        <source>%1 · answer by %2</source>
        <translation>%1 · ответить до %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) need an answer</source>
        <translation>
            <numerusform>%n чат ждёт ответа</numerusform>
            <numerusform>%n чата ждут ответа</numerusform>
            <numerusform>%n чатов ждут ответа</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>agentp::views::TrendChart</name>
    <message>
        <source>Daily trend</source>
        <translation>Динамика по дням</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Conversion, %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <source>Counted from dialogs (no daily metrics)</source>
        <translation>Подсчитано по диалогам (нет дневных показателей)</translation>
    </message>
    <message>
        <source>Dialogs, bookings</source>
        <translation>Диалоги, записи</translation>
    </message>
    <message>
        <source>%1: %2 dialogs, %3 bookings, conversion %4</source>
        <translation>%1: диалогов %2, записей %3, конверсия %4</translation>
    </message>
    <message>
        <source>Counted from the dialogs: no daily metrics for this day</source>
        <translation>Подсчитано по диалогам: за этот день нет дневных показателей</translation>
    </message>
</context>
<context>
    <name>agentp::views::UndoBar</name>
    <message>
        <source>Take the action back before it is sent (Ctrl+Z)</source>
        <translation>Отменить действие до отправки (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Отменить (%1 с)</translation>
    </message>
</context>
<context>
    <name>agentp::views::WaitlistRisksPane</name>
    <message>
        <source>All salons</source>
        <translation>Все салоны</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Show bookings whose cancellation risk is at least this high</source>
        <translation>Показывать записи с риском отмены не ниже этого</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>The waiting client got a booking: take them off the waitlist</source>
        <translation>Ожидающий клиент записан: убрать его из листа ожидания</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Drop the waiting client's request</source>
        <translation>Отменить заявку ожидающего клиента</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Связаться</translation>
    </message>
    <message>
        <source>Copy the client's phone number, offer call and messenger links and record the contact</source>
        <translation>Скопировать телефон клиента, предложить звонок и мессенджеры и отметить контакт</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Подобрать</translation>
    </message>
    <message>
        <source>Offer the selected risky slot to the selected waiting client</source>
        <translation>Предложить выбранный рискованный слот выбранному ожидающему клиенту</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Ask the bot to remind the client and confirm the booking</source>
        <translation>Попросить бота напомнить клиенту и подтвердить запись</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Игнорировать</translation>
    </message>
    <message>
        <source>Take the booking off the risk list</source>
        <translation>Убрать запись из списка рисков</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Send a failed action again</source>
        <translation>Отправить неудавшееся действие ещё раз</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Take the last action back while its undo window is open</source>
        <translation>Отменить последнее действие, пока это ещё возможно</translation>
    </message>
    <message>
        <source>Waiting clients</source>
        <translation>Ожидающие клиенты</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Риск не ниже</translation>
    </message>
    <message>
        <source>Risky bookings</source>
        <translation>Рискованные записи</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation>Данные: ещё не синхронизировались</translation>
    </message>
    <message>
        <source>New waitlist request: %1 — %2, %3</source>
        <translation>Новая заявка в лист ожидания: %1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new waitlist request(s)</source>
        <translation>
            <numerusform>%n новая заявка в лист ожидания</numerusform>
            <numerusform>%n новые заявки в лист ожидания</numerusform>
            <numerusform>%n новых заявок в лист ожидания</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: risk %3 — %4</source>
        <translation>%1, %2: риск %3 — %4</translation>
    </message>
    <message>
        <source>Select a booking to see why it looks risky.</source>
        <translation>Выберите запись, чтобы увидеть, почему она рискованная.</translation>
    </message>
    <message>
        <source>This row is gone; the lists were refreshed.</source>
        <translation>Этой строки больше нет; списки обновлены.</translation>
    </message>
    <message>
        <source>Converted %1</source>
        <translation>Записан(а) %1</translation>
    </message>
    <message>
        <source>Cancelled the request of %1</source>
        <translation>Заявка клиента %1 отменена</translation>
    </message>
    <message>
        <source>There is no phone number for %1.</source>
        <translation>У клиента %1 нет номера телефона.</translation>
    </message>
    <message>
        <source>Contacted %1</source>
        <translation>Связались с клиентом %1</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; — copied to the clipboard.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; — скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Write in %1</source>
        <translation>Написать в %1</translation>
    </message>
    <message>
        <source>Select a waiting client on the left and a risky slot on the right.</source>
        <translation>Выберите ожидающего клиента слева и рискованный слот справа.</translation>
    </message>
    <message>
        <source>Matched %1 with the slot of %2 (%3)</source>
        <translation>Клиенту %1 подобран слот клиента %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot match: %1</source>
        <translation>Подобрать нельзя: %1</translation>
    </message>
    <message>
        <source>Notified %1 about the booking on %2</source>
        <translation>Клиенту %1 напомнили о записи на %2</translation>
    </message>
    <message>
        <source>Ignored the risk of %1's booking</source>
        <translation>Риск записи клиента %1 проигнорирован</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Too late to undo: “%1” has already been sent.</source>
        <translation>Отменять поздно: «%1» уже отправлено.</translation>
    </message>
</context>
<context>
    <name>agentp::views::WinBackPane</name>
    <message>
        <source>Bring back</source>
        <translation>Вернуть клиента</translation>
    </message>
    <message>
        <source>All salons</source>
        <translation>Все салоны</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Ask the bot to write to the selected client and invite them back (%1)</source>
        <translation>Попросить бота написать выбранному клиенту и пригласить его снова (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n клиент выгружен в %1</numerusform>
            <numerusform>%n клиента выгружены в %1</numerusform>
            <numerusform>%n клиентов выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular clients who are overdue: days since the last visit compared with their usual cycle (30 days when unknown).</source>
        <translation>Постоянные клиенты, которые давно не приходили: дни с последнего визита в сравнении с их обычным циклом (30 дней, если он неизвестен).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) at risk</source>
        <translation>
            <numerusform>%n клиент в зоне риска</numerusform>
            <numerusform>%n клиента в зоне риска</numerusform>
            <numerusform>%n клиентов в зоне риска</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Data as of: never synced</source>
        <translation>Данные: ещё не синхронизировались</translation>
    </message>
    <message>
        <source>A win-back request for %1 is already on its way.</source>
        <translation>Запрос на возврат клиента %1 уже отправляется.</translation>
    </message>
    <message>
        <source>Asked the bot to bring back %1.</source>
        <translation>Бот попросил вернуться клиента %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in the client list.</source>
        <translation>Клиента %1 больше нет в списке.</translation>
    </message>
    <message>
        <source>The request for %1 was not queued: %2</source>
        <translation>Запрос для клиента %1 не поставлен в очередь: %2</translation>
    </message>
</context>
</TS>
