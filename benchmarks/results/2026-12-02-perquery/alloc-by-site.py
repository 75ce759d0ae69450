import sys,collections
f,ops=sys.argv[1],int(sys.argv[2])
agg=collections.Counter(); tot=0
for line in open(f):
    stack,n=line.rsplit(' ',1); n=int(n)
    if 'Alloc.main' not in stack: continue
    fr=stack.split(';')
    cls=fr[-1]
    # first non-JDK frame below allocation
    callers=[x for x in fr[:-1] if not x.startswith(('java/','jdk/','sun/'))]
    key=(cls, ' < '.join(x.split('/')[-1] for x in reversed(callers[-3:])))
    agg[key]+=n; tot+=n
print(f"total {tot/ops:.1f} B/op")
for k,w in agg.most_common(50):
    print(f"{w/ops:7.1f} B {k[0]:45s} {k[1]}")
