<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
      <source>Agent P Console — buyer chats and salon bot analytics.

Usage:
  agentp-console [--demo | --workspace PATH] [--lang ru|en] [--screenshot DIR]
  agentp-console demo create PATH [--scale N] [--seed N] [--force]</source>
      <translation>Консоль Agent P — чаты с покупателями и аналитика бота салона.

Использование:
  agentp-console [--demo | --workspace PATH] [--lang ru|en] [--screenshot DIR]
  agentp-console demo create PATH [--scale N] [--seed N] [--force]</translation>
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
      <source>Cannot save workspace settings</source>
      <translation>Не удалось сохранить настройки пространства</translation>
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
    <name>agentp::app::ConsoleController</name>
    <message>
      <source>Cannot open the workspace</source>
      <translation>Не удалось открыть рабочее пространство</translation>
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
      <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open the selected dialog&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reset the filters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a workspace&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;</source>
      <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Переключить панель&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Открыть выбранный диалог&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Сбросить фильтры&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Открыть пространство&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Этот список&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Выход&lt;/td&gt;&lt;/tr&gt;</translation>
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
  </context>
</TS>