#!/usr/bin/env python3
"""Writes edited copies of reference std files (mutants: a discard removed, const<->var, a declaration or field
duplicated, an identifier renamed, code after return, a label broken, an invalid number, '_'/@"" in place of a
name, comptime added, a capture renamed...) for a differential test of zcu's AstGen against zig.
Usage: scripts/astgen-mutants.py SEED COUNT OUTDIR   (then scripts/astgen-diff.sh OUTDIR)."""
import os, re, random, sys, glob
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
std=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','.cache','zig','lib','std')
files=sorted(glob.glob(std+'/**/*.zig', recursive=True))
out=sys.argv[3] if len(sys.argv) > 3 else 'mutants'
os.makedirs(out, exist_ok=True)
for f in glob.glob(out+'/*'): os.remove(f)
n=0
muts=[]
def m_discard(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s*_ = [A-Za-z_][A-Za-z0-9_]*;\s*$', l)]
    if not idx: return None
    i=random.choice(idx); return lines[:i]+lines[i+1:]
def m_constvar(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{4,}const [a-z_][A-Za-z0-9_]* = ', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]; return lines[:i]+[l.replace('const ','var ',1)]+lines[i+1:]
def m_varconst(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{4,}var [a-z_][A-Za-z0-9_]*', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]; return lines[:i]+[l.replace('var ','const ',1)]+lines[i+1:]
def m_dupdecl(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^(pub )?const [A-Za-z_][A-Za-z0-9_]* = [^;{]*;\s*$', l)]
    if not idx: return None
    i=random.choice(idx); return lines[:i+1]+[lines[i]]+lines[i+1:]
def m_rename_use(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{8,}.*\b[a-z_][a-z0-9_]{2,}\b', l) and 'const ' not in l and 'var ' not in l]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    words=[m for m in re.finditer(r'\b[a-z_][a-z0-9_]{2,}\b', l)]
    w=random.choice(words)
    if w.group(0) in ('return','const','var','try','and','for','while','if','else','switch','break','continue','defer','errdefer','orelse','catch','undefined','null','true','false','unreachable','comptime','inline','pub','fn','struct','enum','union','error','test','usize','isize','void','type','bool','anytype','noreturn','anyerror'): return None
    return lines[:i]+[l[:w.start()]+w.group(0)+'_zz'+l[w.end():]]+lines[i+1:]
def m_insert_after_return(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^(\s{8,})return\b.*;\s*$', l)]
    if not idx: return None
    i=random.choice(idx); ind=re.match(r'^(\s*)', lines[i]).group(1)
    return lines[:i+1]+[ind+'_ = 0;']+lines[i+1:]
def m_shadow(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{8,}(const|var) [a-z_][A-Za-z0-9_]* = ', l)]
    if not idx: return None
    i=random.choice(idx); m=re.match(r'^(\s*)(const|var) ([a-z_][A-Za-z0-9_]*)', lines[i])
    return lines[:i+1]+[m.group(1)+'{ const '+m.group(3)+' = 1; _ = '+m.group(3)+'; }']+lines[i+1:]
def m_delete_line(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{8,}[^/]*;\s*$', l) and '{' not in l and '}' not in l]
    if not idx: return None
    i=random.choice(idx); return lines[:i]+lines[i+1:]
M=[m_discard,m_constvar,m_varconst,m_dupdecl,m_rename_use,m_insert_after_return,m_shadow,m_delete_line]

def m_dupfield(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{4}[a-z_][A-Za-z0-9_]*: [^=]*,\s*$', l)]
    if not idx: return None
    i=random.choice(idx); return lines[:i+1]+[lines[i]]+lines[i+1:]
def m_unreachable(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^(\s{8,})[^/\s][^{}]*;\s*$', l)]
    if not idx: return None
    i=random.choice(idx); ind=re.match(r'^(\s*)', lines[i]).group(1)
    return lines[:i+1]+[ind+random.choice(['unreachable;','return undefined;','@panic("x");','break;','continue;','@compileError("x");'])]+lines[i+1:]
def m_label(lines):
    idx=[i for i,l in enumerate(lines) if re.search(r'break :[a-z]+', l) or re.search(r'continue :[a-z]+', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    if random.random()<0.5: return lines[:i]+[re.sub(r'(break|continue) :([a-z]+)', r'\1 :\2x', l, count=1)]+lines[i+1:]
    return lines[:i]+[re.sub(r'(break|continue) :([a-z]+)', r'\1', l, count=1)]+lines[i+1:]
def m_number(lines):
    idx=[i for i,l in enumerate(lines) if re.search(r'\b[0-9]+\b', l) and '//' not in l]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    return lines[:i]+[re.sub(r'\b([0-9]+)\b', random.choice(['0\\1','1__\\1','\\1_','0b\\g<1>9']), l, count=1)]+lines[i+1:]
def m_underscore(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{8,}.*\b[a-z][a-z0-9_]{2,}\b', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    words=[m for m in re.finditer(r'\b[a-z][a-z0-9_]{2,}\b', l)]
    w=random.choice(words)
    return lines[:i]+[l[:w.start()]+random.choice(['_','u8','@"x"','@""','comptime 1'])+l[w.end():]]+lines[i+1:]
M=M+[m_dupfield,m_unreachable,m_label,m_number,m_underscore]

def m_comptime(lines):
    idx=[i for i,l in enumerate(lines) if re.match(r'^\s{8,}(const|var) [a-z_][A-Za-z0-9_]* (: [^=]*)?= ', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    r=random.random()
    if r<0.4: return lines[:i]+[re.sub(r'^(\s*)(const|var) ', r'\1comptime \2 ', l)]+lines[i+1:]
    return lines[:i]+[re.sub(r'= ', '= comptime ', l, count=1)]+lines[i+1:]
def m_capture_rename(lines):
    idx=[i for i,l in enumerate(lines) if re.search(r'\|[a-z_][a-z0-9_]*\|', l)]
    if not idx: return None
    i=random.choice(idx); l=lines[i]
    return lines[:i]+[re.sub(r'\|([a-z_][a-z0-9_]*)\|', random.choice([r'|_|', r'|*\1|', r'|\1, extra|', r'|self|', r'|i|']), l, count=1)]+lines[i+1:]
M=M+[m_comptime,m_capture_rename]
count=int(sys.argv[2]) if len(sys.argv)>2 else 300
while n<count:
    f=random.choice(files)
    lines=open(f,encoding='utf-8',errors='surrogateescape').read().split('\n')
    m=random.choice(M)
    r=m(lines)
    if r is None: continue
    name=f'{out}/m{n:04d}_{m.__name__}.zig'
    open(name,'w',encoding='utf-8',errors='surrogateescape').write('\n'.join(r))
    n+=1
