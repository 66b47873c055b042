"""Event coding: turning analysed articles into PLOVER events with actors, dates and places.

Modules, in the order the coder uses them: ``match`` (what each word triggers, with
``phrases`` for verbs whose event depends on their clause, ``stances`` for an act ruled out,
a rally called against a party or weapons said to be meant for one, ``earlier`` for nouns
naming an event other than the clause's act, and ``parse`` for the helpers they share),
``candidates`` (which triggers are acts of their own), ``roles`` (actors and
recipients from the parse, with ``mention_index`` for who a phrase names, ``deps`` for the
parse helpers the role rules share, ``targets`` for recipients in less plain places and
``domestic`` for a society group's country when no word says), ``context`` (what earlier
sentences lend: "they", "the two leaders", the date and place of the same occasion),
``modality``, ``situate`` (date, place), ``occasion`` (which clause's date an event keeps
and lends on, one event per listed date), ``passing`` (earlier meetings named as nouns,
parties that "followed", habits), ``conventions`` (PLOVER's visit and third-party rules),
``confidence`` (calibrated).

Rule for promises, plans and the future (PLOVER codes intent as AGREE):

- an explicit promise or agreement by its actor ("agreed to meet", "promised to sign") is
  AGREE, asserted; its content (the meeting) is not coded a second time. A promised
  withdrawal, release, disarming or easing ("pledged to withdraw", "agreed to lay down their
  arms") is a concession, CONCEDE (PLOVER 0.8: "promise of future concessions");
- a future act its own actor announces or declares itself ready for ("Hungary said it will
  support", "Russia is ready to help") is that actor's commitment: AGREE, asserted (CONCEDE
  for a withdrawal or release, THREATEN for a harm, MOBILIZE for forces getting ready to
  attack: "the army prepared to resume shelling"); a donor's "will give / will provide"
  aid is a pledge of aid, AGREE;
- a mere plan or prediction ("will sign", "plans to meet", "the talks are set to take
  place") is coded with its own type and ``modality`` ``future``; a conditional or modal
  one ("could attack", "if they meet") with ``hypothetical``; neither is a past event, so
  the scorer and the timeline's default views leave them out;
- a vow or pledge of a harm ("vowed to attack", "pledged to impose sanctions") is THREATEN;
  a request or accusation to come ("is ready to ask for help") stays that act, ``future``;
- an act ruled out ("ruled out talks", "lifting the sanctions is out of the question") is
  REJECT by whoever rules it out;
- a negated act ("did not meet", "failed to sign") is not coded (``modality`` reports it as
  ``negated``; the store and the API do not take that modality yet), except where the
  negation is the act: "will not accept", "did not allow" and "failed to reach agreement"
  are refusals, REJECT, asserted.
"""

from eventwire.coding.coder import code_events

__all__ = ["code_events"]
