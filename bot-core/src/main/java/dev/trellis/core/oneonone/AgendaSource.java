package dev.trellis.core.oneonone;

import java.util.List;

/**
 * One kind of content of the manager's 1:1 agenda, such as what the report shared since the last
 * 1:1. The agenda shows the sections of its sources in the order they are given; a new kind of
 * content (open goals, pending feedback) is a new source, not a change to the agenda.
 */
public interface AgendaSource {

  /** What this source adds to the agenda of one occurrence; empty when it has nothing to show. */
  List<AgendaSection> sectionsFor(AgendaContext context);
}
