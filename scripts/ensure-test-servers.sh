#!/usr/bin/env bash
# Installs the real servers the integration tests start on loopback (Dovecot for IMAP), from
# Debian's packages, when they are missing. The tests start and stop them themselves.
set -euo pipefail
if [ -x /usr/sbin/dovecot ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Dovecot is missing and this is not root: run 'sudo apt-get install dovecot-imapd' and retry." >&2
  exit 1
fi
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends dovecot-imapd >/dev/null
echo "installed dovecot-imapd for the IMAP integration tests"
