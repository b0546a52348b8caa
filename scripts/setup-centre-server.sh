#!/usr/bin/env bash
# Make this Debian PC the centre's Guichet server: see --help.
set -euo pipefail

ROLE=guichet
DATABASE=guichet
LISTEN=""
SUBNET=""
CLUSTER=""
DRY_RUN=0
MARK="# guichet-centre-server"

usage() {
  cat <<'EOF'
Usage: setup-centre-server.sh --subnet CIDR [--listen ADDR] [options]

Run as root on the Debian PC that will hold the centre's Guichet database,
when several counters (PCs running Guichet) work on the same data. It:

  1. installs Debian's `postgresql` package if PostgreSQL is missing, and
     starts its cluster (pg_ctlcluster: works with or without systemd);
  2. creates the role (default `guichet`) with a password, or changes the
     password of an existing one; the password is asked twice on the terminal
     (never shown), or read from the environment variable
     GUICHET_SERVER_PASSWORD; it is handed to psql on its standard input,
     never on a command line;
  3. creates the database (default `guichet`, UTF8) owned by that role, if
     it does not exist. Guichet puts its tables in it at the first connection;
  4. sets password_encryption = scram-sha-256 and listen_addresses to
     localhost plus ADDR, this PC's address on the centre's network
     (ALTER SYSTEM: postgresql.auto.conf);
  5. adds ONE line to pg_hba.conf (a copy of the old file is kept beside it):
         host DATABASE ROLE CIDR scram-sha-256
     so that only the counters of that private subnet, with the password,
     reach only that database; a line added by an earlier run is replaced;
  6. restarts the cluster (or reloads it when the addresses did not change);
  7. prints the line to give each counter PC.

Options:
  --subnet CIDR     the centre's network, e.g. 192.168.1.0/24 (required).
                    Only private IPv4 ranges are accepted (10.0.0.0/8,
                    172.16.0.0/12, 192.168.0.0/16, with a prefix at least as
                    long); 0.0.0.0/0 and public ranges are refused.
  --listen ADDR     this PC's IPv4 address on that network, e.g. 192.168.1.10.
                    Default: this PC's one address inside CIDR, if it has one.
                    Give this PC a fixed address (DHCP reservation in the box).
  --role NAME       the role the counters connect as (default: guichet)
  --database NAME   the database (default: guichet)
  --cluster VER/NAME  the PostgreSQL cluster, e.g. 15/main (default: the
                    newest `main` cluster, else the only one)
  --dry-run         print what would be done, change nothing (root not needed)
  -h, --help        this text

On each counter PC, at Guichet's first start, press « Se connecter au serveur
du centre… » (Connect to the centre's server…) on the first-run page and type
the server's address, port, database, user and password. Press « Tester la
connexion », then « Utiliser ce serveur ». The first counter set up on a new
server chooses « C'est un nouveau serveur »: Guichet then creates the centre
and the coordinator's account there; the others choose « Notre centre
travaille déjà sur ce serveur ».

Open the firewall of this PC, if it has one, for TCP port 5432 from CIDR.
Backups of the server database are made on the server (pg_dump), not by the
counters.
EOF
}

say() { printf '%s\n' "$*"; }
installed_versions() {  # PostgreSQL's versions installed here, oldest first
  local dir
  for dir in /usr/lib/postgresql/*/bin/postgres; do
    [ -e "$dir" ] && basename "$(dirname "$(dirname "$dir")")"
  done | sort -V
}
die() { printf 'setup-centre-server: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --subnet) SUBNET=${2:-}; shift 2 ;;
    --subnet=*) SUBNET=${1#*=}; shift ;;
    --listen) LISTEN=${2:-}; shift 2 ;;
    --listen=*) LISTEN=${1#*=}; shift ;;
    --role) ROLE=${2:-}; shift 2 ;;
    --role=*) ROLE=${1#*=}; shift ;;
    --database) DATABASE=${2:-}; shift 2 ;;
    --database=*) DATABASE=${1#*=}; shift ;;
    --cluster) CLUSTER=${2:-}; shift 2 ;;
    --cluster=*) CLUSTER=${1#*=}; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

# --- checks on what was given --------------------------------------------------

name_ok() { [[ $1 =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; }
name_ok "$ROLE" || die "--role: lower-case letters, digits and _ only"
name_ok "$DATABASE" || die "--database: lower-case letters, digits and _ only"

# an IPv4 address as one number, or failure
ip_number() {
  local a b c d
  [[ $1 =~ ^([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})$ ]] || return 1
  a=${BASH_REMATCH[1]}; b=${BASH_REMATCH[2]}; c=${BASH_REMATCH[3]}; d=${BASH_REMATCH[4]}
  for octet in "$a" "$b" "$c" "$d"; do
    [ $((10#$octet)) -le 255 ] || return 1
  done
  echo $(( (10#$a << 24) | (10#$b << 16) | (10#$c << 8) | 10#$d ))
}

mask_of() { echo $(( $1 == 0 ? 0 : (0xFFFFFFFF << (32 - $1)) & 0xFFFFFFFF )); }

# is NUMBER inside NETWORK/PREFIX
inside() { local mask; mask=$(mask_of "$3"); [ $(( $1 & mask )) -eq $(( $2 & mask )) ]; }

[ -n "$SUBNET" ] || { usage >&2; die "--subnet is required (e.g. 192.168.1.0/24)"; }
[[ $SUBNET =~ ^([0-9.]+)/([0-9]{1,2})$ ]] || die "--subnet: an IPv4 network such as 192.168.1.0/24"
NET_ADDR=${BASH_REMATCH[1]}
PREFIX=$((10#${BASH_REMATCH[2]}))
NET=$(ip_number "$NET_ADDR") || die "--subnet: $NET_ADDR is not an IPv4 address"
[ "$PREFIX" -le 32 ] || die "--subnet: the prefix is 0 to 32"
[ "$PREFIX" -gt 0 ] || die "--subnet: $SUBNET is the whole Internet: refused"
[ $(( NET & ~$(mask_of "$PREFIX") & 0xFFFFFFFF )) -eq 0 ] || \
  die "--subnet: $SUBNET has host bits set: give the network's first address"
private=0
for range in 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16; do
  r_net=$(ip_number "${range%/*}"); r_prefix=${range#*/}
  if [ "$PREFIX" -ge "$r_prefix" ] && inside "$NET" "$r_net" "$r_prefix"; then private=1; fi
done
[ "$private" = 1 ] || die "--subnet: $SUBNET is not inside a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16): refused"

addresses_in_subnet() {  # this PC's IPv4 addresses inside the subnet
  command -v ip >/dev/null 2>&1 || return 0
  ip -4 -o addr show 2>/dev/null | awk '{print $4}' | cut -d/ -f1 | while read -r address; do
    number=$(ip_number "$address") || continue
    if inside "$number" "$NET" "$PREFIX"; then echo "$address"; fi
  done
}

if [ -z "$LISTEN" ]; then
  mapfile -t found < <(addresses_in_subnet)
  [ "${#found[@]}" -eq 1 ] || die "--listen: give this PC's address on $SUBNET (found: ${found[*]:-none})"
  LISTEN=${found[0]}
fi
LISTEN_N=$(ip_number "$LISTEN") || die "--listen: $LISTEN is not an IPv4 address"
inside "$LISTEN_N" "$NET" "$PREFIX" || die "--listen: $LISTEN is not inside $SUBNET"

# --- dry run: say it all, touch nothing ------------------------------------------

HBA_LINE="host    $DATABASE    $ROLE    $SUBNET    scram-sha-256    $MARK"

if [ "$DRY_RUN" = 1 ]; then
  say "Dry run: nothing is changed. As root, this would:"
  if [ -z "$(installed_versions)" ]; then
    say "  apt-get install -y postgresql"
  else
    say "  (PostgreSQL is installed: $(installed_versions | tr '\n' ' '))"
  fi
  say "  start the cluster ${CLUSTER:-(newest main)} with pg_ctlcluster if it is down"
  say "  ask the password twice (or read GUICHET_SERVER_PASSWORD), then in psql, as postgres:"
  say "    CREATE ROLE $ROLE LOGIN   -- if missing"
  say "    ALTER ROLE $ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '********'"
  say "    CREATE DATABASE $DATABASE OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0   -- if missing"
  say "    REVOKE CONNECT ON DATABASE $DATABASE FROM PUBLIC; GRANT CONNECT ... TO $ROLE"
  say "    ALTER SYSTEM SET password_encryption = 'scram-sha-256'"
  say "    ALTER SYSTEM SET listen_addresses = 'localhost,$LISTEN'"
  say "  in the cluster's pg_hba.conf (copy kept), before its first rule, this one line"
  say "  (replacing one added by an earlier run):"
  say "    $HBA_LINE"
  say "  pg_ctlcluster VERSION NAME restart   (or reload if the addresses are unchanged)"
  say "Then each counter PC: guichet --db postgresql://$ROLE@$LISTEN:PORT/$DATABASE"
  exit 0
fi

# --- the real thing ------------------------------------------------------------

[ "$(id -u)" = 0 ] || die "run as root (sudo $0 ...), or with --dry-run"
if command -v ip >/dev/null 2>&1; then
  addresses_in_subnet | grep -qxF "$LISTEN" || \
    die "--listen: $LISTEN is not an address of this PC (ip -4 addr): PostgreSQL could not listen there"
fi

if [ -z "$(installed_versions)" ]; then
  say "Installing PostgreSQL (Debian's package)…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql || {
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; }
fi
command -v pg_lsclusters >/dev/null || die "pg_lsclusters missing: is postgresql-common installed?"

if [ -z "$CLUSTER" ]; then
  CLUSTER=$(pg_lsclusters -h | awk '$2 == "main" {print $1 "/" $2}' | sort -V | tail -1)
  [ -n "$CLUSTER" ] || CLUSTER=$(pg_lsclusters -h | awk '{print $1 "/" $2}')
  if [ -z "$CLUSTER" ]; then
    version=$(installed_versions | tail -1)
    say "Creating the cluster $version/main…"
    pg_createcluster "$version" main
    CLUSTER="$version/main"
  fi
  [ "$(printf '%s\n' "$CLUSTER" | wc -l)" = 1 ] || die "several clusters: choose one with --cluster (${CLUSTER//$'\n'/ })"
fi
VERSION=${CLUSTER%/*}
NAME=${CLUSTER#*/}
status=$(pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n {print $4}')
[ -n "$status" ] || die "no cluster $CLUSTER (see pg_lsclusters)"
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" -v n="$NAME" '$1 == v && $2 == n {print $3}')
if [ "$status" != online ]; then
  say "Starting the cluster $CLUSTER…"
  pg_ctlcluster "$VERSION" "$NAME" start
fi

as_postgres_psql() {  # SQL on standard input, never on the command line
  runuser -u postgres -- psql --cluster "$VERSION/$NAME" -X -q -v ON_ERROR_STOP=1 "$@"
}

password=${GUICHET_SERVER_PASSWORD:-}
if [ -z "$password" ]; then
  [ -r /dev/tty ] || die "no terminal to ask the password: set GUICHET_SERVER_PASSWORD"
  while :; do
    IFS= read -rs -p "Password for the role $ROLE (12 characters or more): " password </dev/tty
    printf '\n' >/dev/tty
    IFS= read -rs -p "Password again: " again </dev/tty
    printf '\n' >/dev/tty
    if [ "$password" != "$again" ]; then say "The two passwords differ. Again." >/dev/tty; continue; fi
    if [ "${#password}" -lt 12 ]; then say "Too short: 12 characters or more." >/dev/tty; continue; fi
    break
  done
  unset again
fi
[ "${#password}" -ge 12 ] || die "the password must have 12 characters or more"
case $password in *$'\n'*|*$'\r'*) die "the password must be on one line" ;; esac

# psql's \set takes a quoted argument: \ and ' escaped with a backslash
quoted=${password//\\/\\\\}
quoted=${quoted//\'/\\\'}

say "Role $ROLE and database $DATABASE…"
as_postgres_psql -d postgres -v role="$ROLE" -v db="$DATABASE" <<SQL
SET log_statement = 'none';
SET log_min_error_statement = 'panic';
SET password_encryption = 'scram-sha-256';
\\set pw '$quoted'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS missing_role \\gset
\\if :missing_role
CREATE ROLE :"role" LOGIN;
\\endif
ALTER ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
\\unset pw
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS missing_db,
       (SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1')
         <> 'UTF8' AS needs_locale \\gset
\\if :missing_db
\\if :needs_locale
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
\\else
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
\\endif
\\else
ALTER DATABASE :"db" OWNER TO :"role";
\\endif
REVOKE CONNECT ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"role";
SQL
unset password quoted

encoding=$(as_postgres_psql -d postgres -At -v db="$DATABASE" <<'SQL'
SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = :'db';
SQL
)
[ "$encoding" = UTF8 ] || say "Warning: the database $DATABASE already existed with encoding $encoding, not UTF8."

say "Addresses and password encryption…"
before=$(as_postgres_psql -d postgres -At -c "SHOW listen_addresses")
as_postgres_psql -d postgres -v addresses="localhost,$LISTEN" <<'SQL'
ALTER SYSTEM SET password_encryption = 'scram-sha-256';
ALTER SYSTEM SET listen_addresses = :'addresses';
SQL

hba=$(as_postgres_psql -d postgres -At -c "SHOW hba_file")
[ -f "$hba" ] || die "pg_hba.conf not found at $hba"
say "One line in $hba…"
cp -p "$hba" "$hba.before-guichet-$(date +%Y%m%d-%H%M%S)"
new=$(mktemp "$hba.XXXXXX")
awk -v line="$HBA_LINE" -v mark="$MARK" '
  index($0, mark) { next }                     # the line of an earlier run
  !done && $0 !~ /^[[:space:]]*(#|$)/ { print line; done = 1 }
  { print }
  END { if (!done) print line }' "$hba" > "$new"
chown --reference="$hba" "$new"
chmod --reference="$hba" "$new"
mv "$new" "$hba"

if [ "$before" = "localhost,$LISTEN" ]; then
  say "Reloading the cluster $CLUSTER…"
  pg_ctlcluster "$VERSION" "$NAME" reload
else
  say "Restarting the cluster $CLUSTER (new addresses)…"
  pg_ctlcluster "$VERSION" "$NAME" restart
fi

errors=$(as_postgres_psql -d postgres -At -c \
  "SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")
[ "$errors" = 0 ] || die "pg_hba.conf has errors now (SELECT * FROM pg_hba_file_rules): the old file is beside it"
now=$(as_postgres_psql -d postgres -At -c "SHOW listen_addresses")
[ "$now" = "localhost,$LISTEN" ] || die "the cluster listens on '$now', not 'localhost,$LISTEN'"

cat <<EOF

Done. The centre's server is $LISTEN, port $PORT, database $DATABASE, user $ROLE.

On each counter PC, start Guichet; on its first-run page press
« Se connecter au serveur du centre… » and type: address $LISTEN, port $PORT,
database $DATABASE, user $ROLE and the password. « Tester la connexion »,
then « Utiliser ce serveur ». (The first PC on this new server chooses
« C'est un nouveau serveur » and creates the centre and the coordinator.)

Or start it with this line (the password then comes from ~/.pgpass, or from
the first-run page once):

  guichet --db postgresql://$ROLE@$LISTEN:$PORT/$DATABASE

If this PC has a firewall, open TCP port $PORT to $SUBNET.
EOF
