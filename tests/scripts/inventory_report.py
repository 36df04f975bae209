# A warehouse inventory: dataclasses for items and bins, an Enum for each
# item's state, a Flag for handling needs, and pprint for the reports a
# stock clerk reads (a nested summary, the low-stock list, a reorder plan).
import pprint
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from enum import Enum, Flag, IntEnum, auto


class State(Enum):
    IN_STOCK = 'in stock'
    LOW = 'low'
    OUT = 'out of stock'
    DISCONTINUED = 'discontinued'


class Handling(Flag):
    NONE = 0
    FRAGILE = auto()
    COLD = auto()
    HAZARD = auto()
    HEAVY = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@dataclass(order=True)
class Item:
    sku: str
    name: str
    quantity: int = 0
    reorder_at: int = 5
    unit_cost: float = 0.0
    handling: Handling = Handling.NONE
    tags: list = field(default_factory=list)
    discontinued: bool = field(default=False, compare=False)

    @property
    def state(self):
        if self.discontinued:
            return State.DISCONTINUED
        if self.quantity == 0:
            return State.OUT
        if self.quantity <= self.reorder_at:
            return State.LOW
        return State.IN_STOCK

    @property
    def value(self):
        return round(self.quantity * self.unit_cost, 2)


@dataclass
class Bin:
    code: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self

    def total_value(self):
        return round(sum(i.value for i in self.items), 2)


@dataclass(frozen=True)
class Movement:
    sku: str
    delta: int
    reason: str = 'adjustment'


def apply(bins, movements):
    by_sku = {i.sku: (b, i) for b in bins for i in b.items}
    log = []
    for m in movements:
        if m.sku not in by_sku:
            log.append(('unknown', m.sku))
            continue
        b, item = by_sku[m.sku]
        new_qty = item.quantity + m.delta
        if new_qty < 0:
            log.append(('refused', m.sku, m.delta, item.quantity))
            continue
        updated = replace(item, quantity=new_qty)
        b.items[b.items.index(item)] = updated
        by_sku[m.sku] = (b, updated)
        log.append((m.reason, m.sku, item.quantity, new_qty))
    return log


def reorder_plan(bins):
    plan = []
    for b in bins:
        for item in b.items:
            st = item.state
            if st is State.DISCONTINUED or st is State.IN_STOCK:
                continue
            prio = Priority.URGENT if st is State.OUT else Priority.NORMAL
            if Handling.COLD in item.handling and prio < Priority.URGENT:
                prio = Priority(prio + 1)
            plan.append({'sku': item.sku, 'order': item.reorder_at * 3 - item.quantity,
                         'priority': prio, 'bin': b.code})
    plan.sort(key=lambda p: (-p['priority'], p['sku']))
    return plan


bins = [
    Bin('A-01').add(Item('BLT-100', 'Hex bolt M8', 240, 50, 0.12, tags=['metal']))
               .add(Item('NUT-100', 'Hex nut M8', 45, 50, 0.05, tags=['metal'])),
    Bin('B-07').add(Item('GLS-220', 'Glass jar 1l', 12, 10, 2.4, Handling.FRAGILE))
               .add(Item('YOG-001', 'Yoghurt crate', 3, 4, 9.99, Handling.COLD | Handling.FRAGILE,
                         ['dairy', 'perishable']))
               .add(Item('ICE-010', 'Ice packs', 0, 20, 1.25, Handling.COLD)),
    Bin('C-02').add(Item('SOL-500', 'Solvent 5l', 8, 2, 14.5, Handling.HAZARD | Handling.HEAVY))
               .add(Item('OLD-999', 'Fax toner', 2, 1, 30.0, discontinued=True)),
]

print('== initial inventory ==')
summary = {b.code: [(i.sku, i.quantity, i.state) for i in b.items] for b in bins}
pprint.pprint(summary)
pprint.pprint({b.code: b.total_value() for b in bins}, width=30)

moves = [Movement('NUT-100', -20, 'picked'), Movement('GLS-220', 30, 'received'),
         Movement('ICE-010', -1, 'picked'), Movement('ZZZ-000', 4),
         Movement('YOG-001', -3, 'expired'), Movement('BLT-100', -200, 'picked')]
print('== movements ==')
pprint.pprint(apply(bins, moves))

print('== states ==')
by_state = defaultdict(list)
for b in bins:
    for i in b.items:
        by_state[i.state].append(i.sku)
for st in State:
    print(f'{st.name:<13}{st.value!r:<16}{sorted(by_state.get(st, []))}')
print(State('low'), State['OUT'], repr(State.IN_STOCK))
try:
    State('sold')
except ValueError as e:
    print('ValueError:', e)

print('== handling ==')
for b in bins:
    for i in b.items:
        if i.handling:
            print(i.sku, i.handling, [h.name for h in Handling if h and h in i.handling])
print(repr(Handling.COLD | Handling.HAZARD), Handling(5), Handling(0))

print('== reorder plan ==')
pprint.pprint(reorder_plan(bins), sort_dicts=False)

print('== one item in full ==')
yog = bins[1].items[1]
print(yog)
pprint.pprint(yog)
pprint.pprint(bins[2], width=100)
pprint.pprint(asdict(yog), width=60)
print(sorted(i.sku for b in bins for i in b.items if i < Item('H', '')))
print(max(i for b in bins for i in b.items).sku)
pprint.pprint([asdict(b) for b in bins[2:]], depth=3, compact=True)
pprint.pprint(Movement('NUT-100', 5))
try:
    moves[0].delta = 1
except Exception as e:
    print(type(e).__name__, e)

# Output:
# == initial inventory ==
# {'A-01': [('BLT-100', 240, <State.IN_STOCK: 'in stock'>),
#           ('NUT-100', 45, <State.LOW: 'low'>)],
#  'B-07': [('GLS-220', 12, <State.IN_STOCK: 'in stock'>),
#           ('YOG-001', 3, <State.LOW: 'low'>),
#           ('ICE-010', 0, <State.OUT: 'out of stock'>)],
#  'C-02': [('SOL-500', 8, <State.IN_STOCK: 'in stock'>),
#           ('OLD-999', 2, <State.DISCONTINUED: 'discontinued'>)]}
# {'A-01': 31.05,
#  'B-07': 58.77,
#  'C-02': 176.0}
# == movements ==
# [('picked', 'NUT-100', 45, 25),
#  ('received', 'GLS-220', 12, 42),
#  ('refused', 'ICE-010', -1, 0),
#  ('unknown', 'ZZZ-000'),
#  ('expired', 'YOG-001', 3, 0),
#  ('picked', 'BLT-100', 240, 40)]
# == states ==
# IN_STOCK     'in stock'      ['GLS-220', 'SOL-500']
# LOW          'low'           ['BLT-100', 'NUT-100']
# OUT          'out of stock'  ['ICE-010', 'YOG-001']
# DISCONTINUED 'discontinued'  ['OLD-999']
# State.LOW State.OUT <State.IN_STOCK: 'in stock'>
# ValueError: 'sold' is not a valid State
# == handling ==
# GLS-220 Handling.FRAGILE ['FRAGILE']
# YOG-001 Handling.FRAGILE|COLD ['FRAGILE', 'COLD']
# ICE-010 Handling.COLD ['COLD']
# SOL-500 Handling.HAZARD|HEAVY ['HAZARD', 'HEAVY']
# <Handling.COLD|HAZARD: 6> Handling.FRAGILE|HAZARD Handling.NONE
# == reorder plan ==
# [{'sku': 'ICE-010',
#   'order': 60,
#   'priority': <Priority.URGENT: 3>,
#   'bin': 'B-07'},
#  {'sku': 'YOG-001',
#   'order': 12,
#   'priority': <Priority.URGENT: 3>,
#   'bin': 'B-07'},
#  {'sku': 'BLT-100',
#   'order': 110,
#   'priority': <Priority.NORMAL: 2>,
#   'bin': 'A-01'},
#  {'sku': 'NUT-100',
#   'order': 125,
#   'priority': <Priority.NORMAL: 2>,
#   'bin': 'A-01'}]
# == one item in full ==
# Item(sku='YOG-001', name='Yoghurt crate', quantity=0, reorder_at=4, unit_cost=9.99, handling=<Handling.FRAGILE|COLD: 3>, tags=['dairy', 'perishable'], discontinued=False)
# Item(sku='YOG-001',
#      name='Yoghurt crate',
#      quantity=0,
#      reorder_at=4,
#      unit_cost=9.99,
#      handling=<Handling.FRAGILE|COLD: 3>,
#      tags=['dairy', 'perishable'],
#      discontinued=False)
# Bin(code='C-02',
#     items=[Item(sku='SOL-500',
#                 name='Solvent 5l',
#                 quantity=8,
#                 reorder_at=2,
#                 unit_cost=14.5,
#                 handling=<Handling.HAZARD|HEAVY: 12>,
#                 tags=[],
#                 discontinued=False),
#            Item(sku='OLD-999',
#                 name='Fax toner',
#                 quantity=2,
#                 reorder_at=1,
#                 unit_cost=30.0,
#                 handling=<Handling.NONE: 0>,
#                 tags=[],
#                 discontinued=True)])
# {'discontinued': False,
#  'handling': <Handling.FRAGILE|COLD: 3>,
#  'name': 'Yoghurt crate',
#  'quantity': 0,
#  'reorder_at': 4,
#  'sku': 'YOG-001',
#  'tags': ['dairy', 'perishable'],
#  'unit_cost': 9.99}
# ['BLT-100', 'GLS-220']
# YOG-001
# [{'code': 'C-02', 'items': [{...}, {...}]}]
# Movement(sku='NUT-100', delta=5, reason='adjustment')
# FrozenInstanceError cannot assign to field 'delta'
