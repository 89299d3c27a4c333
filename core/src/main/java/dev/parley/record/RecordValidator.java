package dev.parley.record;

import static com.google.common.base.Preconditions.checkArgument;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.evidence.Evidence;
import dev.parley.party.Actor;
import dev.parley.party.Party;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Checks a record as a whole: unique ids, resolvable references, no cycles, dates in order. */
final class RecordValidator {
  private final NegotiationRecord record;
  private final Set<String> parties;
  private final Set<String> actors;
  private final Map<String, Item> items;
  private final Map<String, ItemPackage> packages;
  private final Map<String, Communication> communications;

  private RecordValidator(NegotiationRecord record) {
    this.record = record;
    this.parties = ids(record.parties(), Party::id, "party").keySet();
    this.actors = ids(record.actors(), Actor::id, "actor").keySet();
    this.items = ids(record.items(), Item::id, "item");
    this.packages = ids(record.packages(), ItemPackage::id, "package");
    this.communications = ids(record.communications(), Communication::id, "communication");
  }

  static void validate(NegotiationRecord record) {
    new RecordValidator(record).run();
  }

  private void run() {
    for (String id : items.keySet()) {
      checkArgument(!packages.containsKey(id), "id %s names both an item and a package", id);
    }
    for (Actor actor : record.actors()) {
      checkParty(actor.party(), "actor " + actor.id());
    }
    for (Item item : record.items()) {
      for (String party : item.actingParties()) {
        checkParty(party, "item " + item.id() + " (acting party)");
      }
    }
    for (ItemPackage itemPackage : record.packages()) {
      for (String member : itemPackage.members()) {
        checkArgument(
            items.containsKey(member) || packages.containsKey(member),
            "package %s refers to unknown member %s",
            itemPackage.id(),
            member);
      }
    }
    checkNoPackageContainsItself();
    for (Communication communication : record.communications()) {
      checkCommunication(communication);
    }
  }

  private void checkCommunication(Communication c) {
    String where = "communication " + c.id();
    checkParty(c.author(), where + " (author)");
    c.speaker().ifPresent(s -> checkActor(s, where + " (speaker)"));
    for (String addressee : c.addressees()) {
      checkParty(addressee, where + " (addressee)");
    }
    c.proposedPackage()
        .ifPresent(
            p ->
                checkArgument(
                    packages.containsKey(p), "%s puts forward unknown package %s", where, p));
    for (Entry entry : c.entries()) {
      checkItem(entry.item(), where + " (entry)");
      for (String addressee : entry.addressees()) {
        checkParty(addressee, where + " (addressee of entry " + entry.item() + ")");
      }
      checkEvidence(entry.evidence(), where);
    }
    for (String answered : c.answers()) {
      Communication earlier = communications.get(answered);
      checkArgument(earlier != null, "%s answers unknown communication %s", where, answered);
      checkArgument(
          !c.date().isBefore(earlier.date()),
          "%s dated %s answers %s dated later, %s",
          where,
          c.date(),
          answered,
          earlier.date());
    }
    for (Stance stance : c.stances()) {
      checkItem(stance.item(), where + " (stance)");
      stance.counterItem().ifPresent(i -> checkItem(i, where + " (counter item)"));
      stance.via().ifPresent(i -> checkItem(i, where + " (stance on " + stance.item() + " via)"));
      checkEvidence(stance.evidence(), where);
    }
    c.verdict().ifPresent(v -> checkEvidence(v.evidence(), where));
    checkEvidence(c.evidence(), where);
    c.supersedes()
        .ifPresent(
            id -> {
              Communication earlier = communications.get(id);
              checkArgument(earlier != null, "%s supersedes unknown communication %s", where, id);
              checkArgument(
                  earlier.author().equals(c.author()),
                  "%s by %s supersedes %s by another author, %s",
                  where,
                  c.author(),
                  id,
                  earlier.author());
              checkArgument(
                  !c.date().isBefore(earlier.date()),
                  "%s dated %s supersedes %s dated later, %s",
                  where,
                  c.date(),
                  id,
                  earlier.date());
            });
  }

  private void checkEvidence(List<Evidence> evidence, String where) {
    for (Evidence e : evidence) {
      e.speaker().ifPresent(s -> checkActor(s, where + " (evidence from " + e.source().id() + ")"));
    }
  }

  private void checkParty(String id, String where) {
    checkArgument(parties.contains(id), "%s refers to unknown party %s", where, id);
  }

  private void checkActor(String id, String where) {
    checkArgument(actors.contains(id), "%s refers to unknown actor %s", where, id);
  }

  private void checkItem(String id, String where) {
    checkArgument(items.containsKey(id), "%s refers to unknown item %s", where, id);
  }

  /** Depth-first search over package membership; a back edge is a package that contains itself. */
  private void checkNoPackageContainsItself() {
    Set<String> done = new HashSet<>();
    for (String id : packages.keySet()) {
      visit(id, new ArrayList<>(), done);
    }
  }

  private void visit(String id, List<String> path, Set<String> done) {
    if (done.contains(id)) {
      return;
    }
    int at = path.indexOf(id);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
      cycle.add(id);
      throw new IllegalArgumentException(
          "package " + id + " contains itself: " + String.join(" > ", cycle));
    }
    path.add(id);
    for (String member : packages.get(id).members()) {
      if (packages.containsKey(member)) {
        visit(member, path, done);
      }
    }
    path.remove(path.size() - 1);
    done.add(id);
  }

  private static <T> Map<String, T> ids(List<T> values, Function<T, String> id, String kind) {
    Map<String, T> byId = new HashMap<>();
    for (T value : values) {
      String key = id.apply(value);
      checkArgument(byId.put(key, value) == null, "duplicate %s id %s", kind, key);
    }
    return byId;
  }
}
