#!/usr/bin/env bash
# The hostile and careless cases of the reliability work (overwriting inputs, special files as
# output, Moses name clashes, signals, failing standard output, endless input, paragraph
# conventions, encodings, control characters, CRLF manifests, dictionaries, usage errors), each run
# on the bundled telegram in a temporary folder. Prints a Markdown table row per case: the case,
# the exit code, the first line on standard error, and the check that matters (input intact, device
# kept, files written…). Some cases need root (writing to /dev/null and /dev/full as root).
#
#   Scripts/reliability_cases.sh            (S=path/to/sverka to use another binary)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
S=${S:-$root/.build/release/sverka}
[ -x "$S" ] || { echo "$0: no sverka binary at $S (swift build -c release first)" >&2; exit 1; }
C=$root/Corpus
RU=$C/wilson-113642-telegram-21646.ru.md; EN=$C/wilson-113642-telegram-21646.en.md
D=$(mktemp -d); cd "$D"
cp "$RU" x.txt; cp "$EN" en.txt; cp "$RU" x.ru; cp "$EN" x.en
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$(head -1 err | cut -c1-110)" "$3"; }
run() { "$S" "$@" >out 2>err; echo $?; }
h=$(sha1sum < x.txt)
rc=$(run align x.txt en.txt -o x.txt); row "1 align -o names the source" $rc "source intact: $([ "$(sha1sum < x.txt)" = "$h" ] && echo yes || echo NO)"
rc=$(run segment x.txt -o x.txt); row "1 segment -o names its input" $rc "intact: $([ "$(sha1sum < x.txt)" = "$h" ] && echo yes || echo NO)"
rc=$(run align x.ru x.en --format moses -o x); row "1 moses prefix makes input names" $rc "intact: $([ "$(sha1sum < x.ru)" = "$h" ] && echo yes || echo NO)"
ln -s x.txt link.txt; rc=$(run align x.txt en.txt -o link.txt); row "1 -o a symlink to the source" $rc "intact: $([ "$(sha1sum < x.txt)" = "$h" ] && echo yes || echo NO)"
rc=$(run align x.txt en.txt -o /dev/null); row "2 -o /dev/null (root)" $rc "still a char device: $([ -c /dev/null ] && echo yes || echo NO)"
rc=$(run align x.txt en.txt -o /dev/full); row "2 -o /dev/full" $rc "still a char device: $([ -c /dev/full ] && echo yes || echo NO)"
mkfifo f; (cat f > fifo.out &) ; rc=$(run align x.txt en.txt -o f --format pairs); sleep 0.3; row "2 -o a FIFO" $rc "FIFO kept: $([ -p f ] && echo yes || echo NO), reader got $(wc -l < fifo.out) lines"
echo old > target.txt; ln -s target.txt out-link.txt; chmod 640 target.txt; rc=$(run align x.txt en.txt -o out-link.txt --format pairs); row "2 -o a symlink to a regular file" $rc "link kept: $([ -L out-link.txt ] && echo yes || echo NO), mode $(stat -c %a target.txt)"
rc=$(run align en.txt en.txt --source-lang en --target-lang en-GB --format moses -o m); row "3 moses en + en-GB" $rc "files: $(ls m.* | tr '\n' ' ')"
rc=$(run align en.txt en.txt --source-lang en --target-lang en --format moses -o n); row "3 moses en + en" $rc "files: $(ls n.* | tr '\n' ' ')"
python3 - "$S" <<'PY' > sig.txt
import subprocess,sys,time,os,signal,glob
ru=open('x.txt').read(); en=open('en.txt').read()
open('bigru.txt','w').write((ru+'\n\n')*150); open('bigen.txt','w').write((en+'\n\n')*150)
for sig,name in ((signal.SIGINT,'INT'),(signal.SIGTERM,'TERM')):
    p=subprocess.Popen([sys.argv[1],'align','bigru.txt','bigen.txt','--format','json','-o','sig.json'],stderr=subprocess.DEVNULL)
    time.sleep(1.5); p.send_signal(sig); rc=p.wait()
    left=[f for f in os.listdir('.') if 'nosync' in f or f.startswith('.sig') or f.startswith('sig.json.')]
    print(f"| 4 SIG{name} during align | {rc} |  | temporary files left: {len(left)} |")
PY
cat sig.txt
rc=$("$S" align x.txt en.txt --format tsv > /dev/full 2>err; echo $?); row "5 stdout on a full device" $rc ""
rc=$( { "$S" align x.txt en.txt --format tsv 2>err | head -1 >/dev/null; } ; echo ${PIPESTATUS[0]}); row "5 broken pipe into head" $rc "stderr lines: $(wc -l < err)"
rc=$("$S" align x.txt en.txt --format tsv >&- 2>err; echo $?); row "5 stdout closed" $rc ""
rc=$(timeout 60 "$S" align /dev/zero en.txt --max-input-size 1000000 >out 2>err; echo $?); row "6 /dev/zero as input, 1 MB limit" $rc ""
rc=$(timeout 60 "$S" segment /dev/urandom --max-input-size 1000000 >out 2>err; echo $?); row "6 /dev/urandom to segment" $rc ""
python3 -c "
import re
t=open('x.txt').read()
paras=[re.sub(r'\s+',' ',p).strip() for p in t.split('\n\n') if p.strip()]
open('lines.ru','w').write('\n'.join(paras)+'\n')
t=open('en.txt').read()
paras=[re.sub(r'\s+',' ',p).strip() for p in t.split('\n\n') if p.strip()]
open('lines.en','w').write('\n'.join(paras)+'\n')"
rc=$(run align lines.ru lines.en --format pairs); row "8 one paragraph per line" $rc "beads: $(wc -l < out)"
iconv -f utf-8 -t cp1251 x.txt > x1251.txt; rc=$(run align x1251.txt en.txt --source-encoding windows-1251 --format pairs); row "9 cp1251 original + UTF-8 translation, --source-encoding" $rc "beads: $(wc -l < out)"
rc=$(run align x1251.txt en.txt --encoding windows-1251 --format pairs); row "9 single --encoding for both" $rc ""
for cs in cp866 iso-8859-5 maccyrillic; do iconv -f utf-8 -t $cs//TRANSLIT x.txt > x.$cs.txt 2>/dev/null; rc=$(run segment x.$cs.txt); row "10 $cs original detected" $rc "$(grep -c 'Сталин' out) lines with Сталин"; done
{ cat x.txt; printf '\x1a'; } > dos.txt; rc=$(run segment dos.txt); row "11 trailing Ctrl-Z" $rc ""
iconv -f utf-8 -t utf-16le x.txt > u16.txt; rc=$(run segment u16.txt); row "11 UTF-16LE without BOM" $rc "$(grep -c 'Сталин' out) lines with Сталин"
printf 'Первое слово\fвторое слово\x1bтретье.\n' > ctl.txt; printf 'First word\fsecond word third.\n' > ctl.en; rc=$(run align ctl.txt ctl.en --format tsv); row "12 form feed and ESC in a line" $rc "U+FFFD in TSV: $(grep -c $'\xef\xbf\xbd' out)"
printf '%s\t%s\tone\r\n' "$PWD/x.txt" "$PWD/en.txt" > crlf.tsv; rc=$(run batch crlf.tsv --format pairs); row "13 CRLF manifest" $rc "files: $(ls one* 2>/dev/null | tr '\n' ' ' | cat -A | head -c 60)"
rc=$(run align x.txt en.txt --dictionary /nonexistent.dict); row "14 missing --dictionary" $rc ""
head -c 3000 /dev/urandom > bin.dict; rc=$(run align x.txt en.txt --dictionary bin.dict); row "14 binary --dictionary" $rc ""
mkdir -p dir; rc=$(run align x.txt en.txt -o dir); row "14 -o a folder" $rc ""
rc=$(run align x.txt en.txt -o /nonexistent/dir/out.tsv); row "14 -o unwritable path" $rc ""
rc=$(run align --encoding foo x.txt en.txt); row "15 --encoding foo" $rc ""
rc=$(run align --max-bead -1); row "15 --max-bead -1" $rc ""
rc=$(run align --min-confidence 2); row "15 --min-confidence 2" $rc ""
rc=$(run align --source-lang 'xx-!!'); row "15 --source-lang xx-!!" $rc ""
rc=$(run segmnet x.txt); row "15 sverka segmnet" $rc ""
cd /; rm -rf "$D"
