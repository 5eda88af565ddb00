#!/bin/sh
# with-keyring.sh TEST-BINARY [ARGS...]
#
# Runs a test against a real Secret Service without touching the developer's keyring: a
# throw-away HOME (and XDG directories), a private D-Bus session bus, and a gnome-keyring-daemon
# whose login keyring is created and unlocked with a known password. Everything is removed
# afterwards. Missing tools are an error, not a skip: a keychain test that silently does not run
# proves nothing.
set -eu

if [ "$#" -lt 1 ]; then
    echo "usage: $0 TEST-BINARY [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-daemon dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: '$tool' not found. The keychain tests need the Debian packages" \
             "dbus and gnome-keyring (see docs); refusing to skip them." >&2
        exit 127
    fi
done

root=$(mktemp -d "${TMPDIR:-/tmp}/agentp-keyring-XXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 130' INT TERM

mkdir -p "$root/home/.local/share" "$root/home/.config" "$root/home/.cache" "$root/runtime"
chmod 700 "$root/runtime"

# A bus of our own whose socket lives in the temp dir. Unlike the stock session config it
# activates no services: if our daemon is not up, nothing else (a second, locked keyring, a
# password prompter on the developer's display) can answer in its place.
cat >"$root/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$root/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

export HOME="$root/home"
export XDG_DATA_HOME="$root/home/.local/share"
export XDG_CONFIG_HOME="$root/home/.config"
export XDG_CACHE_HOME="$root/home/.cache"
export XDG_RUNTIME_DIR="$root/runtime"
# The tests scan this folder for plaintext copies of what they stored.
export AGENTP_KEYRING_ROOT="$root"
# Not a secret: it only protects a keyring that exists for the length of one test run. With a
# password the keyring file is written encrypted; without one gnome-keyring cannot create it.
export AGENTP_KEYRING_PASSWORD="agentp-test"
# Desktop hints would steer QtKeychain towards KWallet; no display means no prompter.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS

rc=0
dbus-run-session --config-file="$root/session.conf" -- sh -c '
    # In the foreground (as our child) rather than --daemonize, so that it can be stopped and
    # waited for before its files are deleted.
    printf "%s\n" "$AGENTP_KEYRING_PASSWORD" |
        gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$AGENTP_KEYRING_ROOT/daemon.env" 2>"$AGENTP_KEYRING_ROOT/daemon.log" &
    daemon=$!

    # The daemon claims its bus name only after it has started; a client that comes first
    # finds no Secret Service. Wait for the name (bounded), not for a fixed time.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$daemon" 2>/dev/null; then
            echo "with-keyring.sh: gnome-keyring-daemon did not come up; its log:" >&2
            cat "$AGENTP_KEYRING_ROOT/daemon.log" >&2
            kill "$daemon" 2>/dev/null
            exit 1
        fi
        sleep 0.05
    done

    # Export whatever the daemon announced (GNOME_KEYRING_CONTROL and friends).
    while IFS= read -r line; do
        case "$line" in
        [A-Z]*=*) export "$line" ;;
        esac
    done <"$AGENTP_KEYRING_ROOT/daemon.env"

    status=0
    "$@" || status=$?

    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
    exit "$status"
' with-keyring "$@" || rc=$?

exit "$rc"
