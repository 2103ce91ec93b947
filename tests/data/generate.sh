#!/bin/sh
# Regenerates the TEST-ONLY certificates in this folder. Never use them for anything but tests.
# test-ca.pem    : the CA the tests tell the client to trust
# server.pem/key : 127.0.0.1 + localhost, signed by the test CA (used by tests/support FakeServer)
# other-ca.pem   : an unrelated CA, for "untrusted certificate" tests
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
days=36500

openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -subj "/O=GHCR Doctor tests/CN=GHCR Doctor Test CA (TEST ONLY)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$tmp/test-ca.key" -out test-ca.pem

openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$days" \
    -subj "/O=Unrelated/CN=Unrelated Test CA (TEST ONLY)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$tmp/other-ca.key" -out other-ca.pem

openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=GHCR Doctor tests/CN=127.0.0.1" \
    -keyout server.key -out "$tmp/server.csr"
cat > "$tmp/ext.cnf" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
openssl x509 -req -sha256 -days "$days" -in "$tmp/server.csr" -CA test-ca.pem -CAkey "$tmp/test-ca.key" \
    -CAcreateserial -CAserial "$tmp/ca.srl" -extfile "$tmp/ext.cnf" -out server.pem
chmod 644 server.key
openssl verify -CAfile test-ca.pem server.pem
