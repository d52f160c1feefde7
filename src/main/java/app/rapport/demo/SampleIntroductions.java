package app.rapport.demo;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionCommand;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.MentionedNamesCommand;
import app.rapport.introductions.PersonInput;
import app.rapport.model.Channel;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityCommand;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The sample network's introductions, as the column tells it: old colleagues, glad to catch up,
 * gave names; some of those people made further introductions, and two chains led to interviews
 * (one to an offer). Also who knows whom among the sample people, so that warm paths to the target
 * organisations have something to find, and a few opportunities that came another way.
 */
@Component
class SampleIntroductions {

  private final IntroductionService introductions;
  private final KnowsLinkService knows;
  private final OpportunityService opportunities;

  SampleIntroductions(
      IntroductionService introductions, KnowsLinkService knows, OpportunityService opportunities) {
    this.introductions = introductions;
    this.knows = knows;
    this.opportunities = opportunities;
  }

  /**
   * @param people the sample people in the order {@link SampleNetwork#people} made them: five
   *     inner, fifteen close, forty active, ninety network, fifty acquaintances
   */
  void load(long account, List<Long> people, LocalDate today) {
    long formerBoss = people.get(5); // close
    long oldColleague = people.get(22); // active
    long dormantFriend = people.get(70); // network, perhaps gone quiet
    long rotaryFriend = people.get(30); // active

    // Chain 1: a former boss names Helen; Helen introduces Marcus; Marcus's role is an interview.
    Introduction helen =
        introduce(
            account,
            PersonInput.of(formerBoss),
            PersonInput.named("Helen Ward", "Fabrikam Medical"),
            today.minusDays(75),
            IntroductionStatus.MET,
            "Runs clinic operations; knows everyone in outpatient administration.");
    Introduction marcus =
        introduce(
            account,
            PersonInput.of(helen.introduced().contactId()),
            PersonInput.named("Marcus Bell", "Fabrikam Medical"),
            today.minusDays(48),
            IntroductionStatus.MET,
            "Hiring a practice manager for the new north clinic.");
    Opportunity practiceManager =
        opportunity(
            account,
            "Practice Manager, north clinic",
            "Fabrikam Medical",
            marcus.id(),
            today.minusDays(45),
            Channel.MEAL,
            List.of(
                new OpportunityCommand.Involvement(
                    PersonInput.of(marcus.introduced().contactId()), PersonRole.SOURCE),
                new OpportunityCommand.Involvement(
                    PersonInput.of(helen.introduced().contactId()), PersonRole.REFERRER)),
            "Second interview with the clinic board",
            today.plusDays(6));
    move(account, practiceManager, Stage.APPLIED, today.minusDays(40));
    move(account, practiceManager, Stage.INTERVIEWING, today.minusDays(20));

    // Chain 2: an old colleague introduces Nadia, whose hospital group makes an offer.
    Introduction nadia =
        introduce(
            account,
            PersonInput.of(oldColleague),
            PersonInput.named("Nadia Osei", "Tailspin Hospital Group"),
            today.minusDays(120),
            IntroductionStatus.MET,
            "Chief operating officer; looking for someone with finance experience.");
    Opportunity administrator =
        opportunity(
            account,
            "Hospital Administrator",
            "Tailspin Hospital Group",
            nadia.id(),
            today.minusDays(110),
            Channel.VIDEO,
            List.of(
                new OpportunityCommand.Involvement(
                    PersonInput.of(nadia.introduced().contactId()), PersonRole.HIRING_MANAGER)),
            "Decide on the offer",
            today.plusDays(3));
    move(account, administrator, Stage.APPLIED, today.minusDays(100));
    move(account, administrator, Stage.INTERVIEWING, today.minusDays(70));
    move(account, administrator, Stage.OFFER, today.minusDays(10));

    // Names a friend mentioned over coffee, not followed up yet.
    introductions.recordMentionedNames(
        account,
        new MentionedNamesCommand(
            PersonInput.of(dormantFriend),
            null,
            today.minusDays(9),
            List.of(
                new MentionedNamesCommand.MentionedName(
                    PersonInput.named("Grant Ellis", "Trey Research"),
                    "Leads research operations; often needs administrators."),
                new MentionedNamesCommand.MentionedName(
                    PersonInput.named("Sofia Lind", "Contoso Health"),
                    "Moved from banking to healthcare finance last year."))));

    // Who knows whom: the evidence warm paths rest on.
    link(
        account,
        rotaryFriend,
        PersonInput.named("Helen Ward", null),
        KnowsHow.SAME_GROUP,
        null,
        "Rotary Club",
        null,
        null);
    link(
        account,
        oldColleague,
        PersonInput.of(formerBoss),
        KnowsHow.WORKED_TOGETHER,
        true,
        "Woodgrove Bank",
        2004,
        2013);
    for (int i = 0; i + 1 < 40; i += 4) {
      link(
          account,
          people.get(20 + i),
          PersonInput.of(people.get(60 + i)),
          KnowsHow.WORKED_TOGETHER,
          null,
          "Woodgrove Bank",
          2001 + i / 4,
          2009 + i / 4);
      link(
          account,
          people.get(21 + i),
          PersonInput.of(people.get(100 + i)),
          KnowsHow.STUDIED_TOGETHER,
          null,
          "the state university",
          null,
          null);
    }

    // Opportunities that came another way, for the insights to compare.
    Opportunity recruiter =
        opportunity(
            account,
            "Finance Manager",
            "Trey Research",
            null,
            today.minusDays(30),
            Channel.EMAIL,
            List.of(
                new OpportunityCommand.Involvement(
                    PersonInput.named("Rita Moss", "Northwind Talent"), PersonRole.RECRUITER)),
            null,
            null);
    Opportunity advert =
        opportunity(
            account,
            "Operations Director",
            "Contoso Health",
            null,
            today.minusDays(90),
            null,
            List.of(),
            null,
            null);
    move(account, advert, Stage.APPLIED, today.minusDays(85));
    move(account, advert, Stage.CLOSED, today.minusDays(40));
    move(account, recruiter, Stage.APPLIED, today.minusDays(25));
  }

  private Introduction introduce(
      long account,
      PersonInput introducer,
      PersonInput introduced,
      LocalDate on,
      IntroductionStatus status,
      String context) {
    return introductions.recordIntroduction(
        account, new IntroductionCommand(introducer, introduced, on, status, context, null));
  }

  private Opportunity opportunity(
      long account,
      String title,
      String organization,
      Long introductionId,
      LocalDate openedOn,
      Channel channel,
      List<OpportunityCommand.Involvement> people,
      String nextStep,
      LocalDate nextStepOn) {
    OpportunitySource source =
        introductionId != null
            ? OpportunitySource.INTRODUCTION
            : people.stream().anyMatch(p -> p.role() == PersonRole.RECRUITER)
                ? OpportunitySource.RECRUITER
                : OpportunitySource.JOB_BOARD;
    return opportunities.addOpportunity(
        account,
        new OpportunityCommand(
            title,
            organization,
            Stage.LEAD,
            source,
            channel,
            openedOn,
            nextStep,
            nextStepOn,
            null,
            introductionId,
            people));
  }

  private void move(long account, Opportunity opportunity, Stage to, LocalDate on) {
    opportunities.moveOpportunity(account, opportunity.id(), to, on);
  }

  private void link(
      long account,
      long person,
      PersonInput other,
      KnowsHow how,
      Boolean professional,
      String where,
      Integer from,
      Integer to) {
    knows.addKnowsLink(
        account,
        new KnowsLinkCommand(
            PersonInput.of(person), other, how, professional, where, from, to, null));
  }
}
