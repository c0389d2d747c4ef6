import { test } from 'node:test';
import assert from 'node:assert/strict';
import { booksFreeSlot } from './slot-booking.js';

test('a slot, appointment or court booked for the user with nothing to pay is a free slot', () => {
  assert.ok(booksFreeSlot(['book', 'slot'], { slot_id: 'SL-1', date: '2026-12-04', time: '10:30', service: 'haircut' }));
  assert.ok(booksFreeSlot(['reserve', 'court'], { club: 'Riverside', court: 3, start: '2026-12-05T18:00' }));
});

test('a deposit or card, travel or a room, another person, or a cancellation is not', () => {
  assert.ok(!booksFreeSlot(['book', 'slot'], { slot_id: 'SL-1', deposit: 40, payment_method: 'card_on_file' }));
  assert.ok(!booksFreeSlot(['book', 'appointment'], { practice: 'Dental', patient: 'Noah', slot: 'x' }));
  assert.ok(!booksFreeSlot(['book', 'ride'], { pickup: 'home', dropoff: 'bridge' }));
  assert.ok(!booksFreeSlot(['cancel', 'class', 'booking'], { booking_id: 'CB-1' }));
  assert.ok(!booksFreeSlot(['book', 'session'], { notes: 'pay £20 on arrival' }));
});
