package org.ssmclassroom.roleplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.base.Meaning;
import org.ssmclassroom.scenario.CaseFile;
import org.ssmclassroom.scenario.ScenarioPack;

/**
 * The computer plays the case's interview persona, in one language, from the pack's facts only. A question is
 * understood by meaning (a small embedding model) and by its words, and answered as the brief says: the
 * matching fact, its next layer on a follow-up, a short answer to a yes/no question, "as I said…" on a repeat;
 * a pitch is turned back and off-topic talk steered back. It never says what no fact says.
 */
public final class PracticePartner {

    /**
     * What the persona answered, how the question was put, the targets the answer uncovers or repeats, and which of
     * the brief's lines it is.
     */
    public record Reply(QuestionKind kind, List<String> targets, String answer, Line line) {}

    /** Which line of the brief an answer is: a fact's, its short yes/no line, its next layer, or a style line. */
    public enum Line {
        FACT,
        SHORT,
        MORE,
        REPEAT,
        NOTHING_MORE,
        UNKNOWN,
        PITCH,
        OFFTOPIC;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Below this likeness no fact answers the question; a guarded fact asks for more. Calibrated on the set. */
    private static final double ANSWERS_ZH = 0.50;

    private static final double ANSWERS_EN = 0.62;
    private static final double GUARDED_EXTRA = 0.05;
    private static final double KEYWORD_BONUS = 0.04;

    /** How far a fact's closest text is drawn towards its next closest; measured on six cases' sets (ADR 030). */
    private static final double AGREEMENT = 0.15;

    /**
     * A question word decides a close call: "who is driving the most critical one?" asks for a person, so a fact
     * asked for with "who" wins over a likelier one that is not, when it comes this close.
     */
    private static final double INTENT_MARGIN = 0.15;

    private final CaseFile.Persona interview;
    private final Locale locale;
    private final QuestionForms forms;
    private final Meaning meaning = Meaning.shared();
    private final List<Indexed> facts = new ArrayList<>();
    /** In how many facts each word is used: a word few facts use points at them. */
    private final Map<String, Integer> used = new HashMap<>();
    /** Everything the persona can say: what a question asks after must be in it for the persona to know it. */
    private final List<String> spoken = new ArrayList<>();

    private final List<float[]> pitch = new ArrayList<>();
    private final List<float[]> offTopic = new ArrayList<>();
    private final double answers;
    private final java.util.regex.Pattern company;
    /** Other people of the case: a question naming one ("Is Mr Zhou the one driving this?") is no small talk. */
    private final java.util.regex.Pattern people;

    private record Indexed(
            CaseFile.PersonaFact fact,
            List<float[]> examples,
            List<float[]> statements,
            List<Set<String>> layerWords,
            List<Set<String>> keywords,
            Set<String> intents) {}

    private record Match(Indexed fact, double score, double lead) {
        Match(Indexed fact, double score) {
            this(fact, score, 0);
        }
    }

    /**
     * A fact just short of the threshold still answers when it stands this far ahead of every other fact (and of
     * small talk): a paraphrase far from the examples still points at one fact. Measured on nine cases (ADR 030).
     */
    private static final double NEAR = 0.03;

    private static final double LEAD = 0.03;

    private static final double BEYOND = 0.05;

    private static boolean clears(Match match, double at) {
        return match.score() >= at || (match.score() >= at - NEAR && match.lead() >= LEAD);
    }

    private PracticePartner(CaseFile.Persona interview, CaseFile caseFile, Locale locale) {
        this.interview = interview;
        this.company = companyNames(caseFile == null ? null : caseFile.company());
        this.people = othersNames(caseFile, interview.person(), locale);
        this.locale = locale;
        this.forms = QuestionForms.of(locale);
        this.answers = LocalizedText.isChinese(locale) ? ANSWERS_ZH : ANSWERS_EN;
        for (CaseFile.PersonaFact fact : interview.facts()) {
            List<float[]> examples = new ArrayList<>();
            List<float[]> statements = new ArrayList<>();
            fact.asks().forEach(ask -> examples.add(embed(ask.in(locale))));
            fact.layers().forEach(layer -> statements.add(embed(layer.answer().in(locale))));
            fact.layers().forEach(layer -> spoken.add(layer.answer().in(locale)));
            if (fact.shortAnswer() != null) {
                spoken.add(fact.shortAnswer().in(locale));
            }
            if (fact.shortAnswer() != null) {
                statements.add(embed(fact.shortAnswer().in(locale)));
            }
            List<Set<String>> keywords = fact.keywordsIn(locale).stream()
                    .map(k -> Words.of(k, locale))
                    .filter(k -> !k.isEmpty())
                    .toList();
            Set<String> intents = new java.util.TreeSet<>();
            fact.asks().forEach(ask -> intents.addAll(forms.intentsOf(ask.in(locale))));
            Set<String> vocabulary = new java.util.HashSet<>();
            fact.asks().forEach(ask -> vocabulary.addAll(Words.of(forms.topical(ask.in(locale)), locale)));
            fact.layers()
                    .forEach(l ->
                            vocabulary.addAll(Words.of(forms.topical(l.answer().in(locale)), locale)));
            keywords.forEach(vocabulary::addAll);
            vocabulary.forEach(w -> used.merge(w, 1, Integer::sum));
            List<Set<String>> layerWords = fact.layers().stream()
                    .map(l -> Words.of(l.answer().in(locale), locale))
                    .toList();
            facts.add(new Indexed(fact, examples, statements, layerWords, keywords, intents));
        }
        forms.pitch().forEach(p -> pitch.add(meaning.of(p, locale)));
        forms.offTopic().forEach(o -> offTopic.add(meaning.of(o, locale)));
    }

    /** A word few facts use: two characters or more, in at most a quarter of the facts (one at least). */
    private boolean distinctive(String word) {
        boolean chineseSingle = word.codePointCount(0, word.length()) < 2;
        return !chineseSingle && used.getOrDefault(word, 0) <= Math.max(1, facts.size() / 4);
    }

    /** The partner for the pack's interview, or empty when the case has no persona facts. */
    public static java.util.Optional<PracticePartner> of(ScenarioPack pack, Locale locale) {
        return pack.caseData()
                .filter(c -> c.interview() != null)
                .filter(c -> !c.interview().facts().isEmpty() && c.interview().style() != null)
                .map(c -> new PracticePartner(CaseFile.Persona.of(c.interview()), c, locale));
    }

    /**
     * The company's own name says nothing about which fact is asked ("Freshway's priorities" asks for the
     * priorities, not for Freshway's direction), so it is read as "the company" in questions and examples alike.
     */
    private static java.util.regex.Pattern companyNames(CaseFile.Company company) {
        if (company == null || company.name() == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        String zh = company.name().zh() == null ? "" : company.name().zh().strip();
        String en = company.name().en() == null ? "" : company.name().en().strip();
        names.add(zh);
        names.add(en);
        if (!en.isEmpty()) {
            names.add(en.split("\\s+")[0]);
        }
        String industry = company.industry() == null || company.industry().zh() == null
                ? ""
                : company.industry().zh();
        String zhShort =
                zh.replace(industry, "").replaceAll("(股份)?有限公司$|集团$|公司$", "").strip();
        names.add(zhShort);
        String alternatives = names.stream()
                .filter(n -> n.codePointCount(0, n.length()) >= 2)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        return alternatives.isEmpty()
                ? null
                : java.util.regex.Pattern.compile(
                        "(?:" + alternatives + ")(?:['’]s)?", java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The meaning of a text, the company's name read as "the company". */
    private float[] embed(String text) {
        String plain = company == null
                ? text
                : company.matcher(text).replaceAll(LocalizedText.isChinese(locale) ? "公司" : "the company");
        return meaning.of(plain, locale);
    }

    /** The partner playing one persona of the case, which must be {@link CaseFile.Persona#playable() playable}. */
    public static PracticePartner of(CaseFile.Persona persona, CaseFile caseFile, Locale locale) {
        return new PracticePartner(persona, caseFile, locale);
    }

    /**
     * The names of the case's people other than the persona (greeted by name in small talk too), and each part of a
     * name of three letters or two characters and more.
     */
    private static java.util.regex.Pattern othersNames(CaseFile caseFile, String persona, Locale locale) {
        if (caseFile == null || caseFile.people() == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (CaseFile.Person person : caseFile.people()) {
            String name = person.name() == null ? null : person.name().in(locale);
            if (name == null || name.isBlank() || person.id().equals(persona)) {
                continue;
            }
            names.add(name.strip());
            for (String part : name.split("[\\s·・.,-]+")) {
                boolean chinese = part.codePoints().anyMatch(Character::isIdeographic);
                if (part.codePointCount(0, part.length()) >= (chinese ? 2 : 3)) {
                    names.add(part);
                }
            }
        }
        String alternatives =
                names.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return alternatives.isEmpty()
                ? null
                : java.util.regex.Pattern.compile(
                        "(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{IsLatin}])",
                        java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether the question speaks of life outside work in words the case itself does not use: coffee is small talk,
     * but not with a coffee exporter.
     */
    private boolean isSmallTalk(String plain) {
        return forms.smallTalkIn(plain).stream().anyMatch(w -> !used.keySet().containsAll(Words.of(w, locale)));
    }

    private boolean namesSomeone(String text) {
        return people != null && people.matcher(text).find();
    }

    public Conversation start() {
        return new Conversation();
    }

    /**
     * One interview: what the persona has told so far (the layers of each fact, the facts only answered short, the
     * fact just answered, the questions asked), so it can go deeper, answer short or repeat. It holds nothing but
     * what the questions asked so far make it hold: asking a session's stored questions again rebuilds it exactly.
     */
    public final class Conversation {

        private final Map<String, Integer> told = new HashMap<>();
        private final Set<String> toldShort = new java.util.HashSet<>();
        private final Set<String> heard = new java.util.HashSet<>();
        private final Set<String> uncovered = new java.util.HashSet<>();
        private Indexed last;

        public Reply ask(String question) {
            String text = question == null ? "" : question.strip();
            Reply reply = answer(text);
            heard.add(normal(text));
            uncovered.addAll(reply.targets());
            return reply;
        }

        private Reply answer(String turn) {
            String text = forms.restated(forms.withoutIntroduction(turn));
            QuestionKind form = forms.form(text);
            if (text.isEmpty()) {
                return line(form, interview.style().unknown(), Line.UNKNOWN);
            }
            // A follow-up or a bare "why" asks about what was just said: its next layer, or nothing more.
            if (forms.isBareFollowUp(text) || forms.isBareWhy(text)) {
                return last == null
                        ? line(QuestionKind.OPEN, interview.style().unknown(), Line.UNKNOWN)
                        : deeper(last, QuestionKind.OPEN);
            }
            String plain = forms.plain(text);
            float[] asked = embed(plain);
            Set<String> words = words(plain);
            Match best = understood(plain, asked, words);
            double pitchLike = closest(asked, pitch);
            double offLike = closest(asked, offTopic);
            if (forms.hasPitchCue(text)
                    || forms.praisesOurs(text)
                    || (forms.mayBePitch(text) && pitchLike > Math.max(best.score(), offLike) && pitchLike > answers)) {
                java.util.Optional<String> after = forms.askedAfterSaying(text);
                return after.isPresent() && asksRightAfterIntroduction(after.get())
                        ? answer(after.get())
                        : line(QuestionKind.PITCH, interview.style().pitch(), Line.PITCH);
            }
            // "What's Lidya's market share in Europe?": a measure of the company that the persona never speaks of.
            if (forms.asksAfterUnspoken(plain, spoken) && !forms.pointsBackBesidesTime(text)) {
                return line(form, interview.style().unknown(), Line.UNKNOWN);
            }
            java.util.Optional<Reply> again = onWhatWasSaid(text, plain, form, best, asked, words);
            if (again.isPresent()) {
                return again.get();
            }
            boolean smallTalk = isSmallTalk(plain) && offLike > answers - 0.05 && best.score() < offLike + CLEAR;
            // A summary put back, a why-now, another person of the case named, or an amount or a count of the company
            // ("你们车队的司机平均年龄多大?", "How much of your coffee goes to the US?"): business, however like small talk.
            boolean business = form == QuestionKind.CONFIRM
                    || forms.asksWhyNow(plain)
                    || namesSomeone(text)
                    || forms.asksOfTheCompany(plain);
            if (smallTalk
                    || (offLike > best.score()
                            && offLike > answers - 0.05
                            && keywordHits(best.fact(), words) == 0
                            && !business)) {
                return line(QuestionKind.OFFTOPIC, interview.style().offTopic(), Line.OFFTOPIC);
            }
            // Asked again about the fact just told, in other words that ask for what it tells next: its next layer.
            if (best.fact() == last
                    && best.score() >= answers
                    && form != QuestionKind.CONFIRM
                    && !heard.contains(normal(text))
                    && asksNext(last, asked)) {
                return deeper(last, form);
            }
            if (goesOn(best, form, text, asked)) {
                return deeper(last, form);
            }
            if (asksBeyondShort(best, form, text, asked)) {
                told.put(last.fact().id(), 1); // the short line stood for the first layer
                return deeper(last, form);
            }
            List<String> parts = forms.parts(text);
            if (parts.size() > 1) {
                Reply both = inParts(parts, form);
                if (both != null) {
                    return both;
                }
            }
            if (form == QuestionKind.CONFIRM && !clears(best, answers)) {
                java.util.Optional<Indexed> summed = mostLikeTold(asked, words);
                if (summed.isPresent()) {
                    return tell(summed.get(), form, text); // a summary in its own words, of what was told
                }
            }
            boolean onItsLead = best.score() < answers;
            if (!clears(best, answers)
                    || (onItsLead && ((offLike >= best.score() && !business) || isSmallTalk(plain)))) {
                // Nothing in the facts answers it: small talk is steered back, a business question gets "I can't say".
                boolean likeSmallTalk = isSmallTalk(plain) || (offLike > best.score() && offLike > answers);
                return likeSmallTalk && !business
                        ? line(QuestionKind.OFFTOPIC, interview.style().offTopic(), Line.OFFTOPIC)
                        : line(form, interview.style().unknown(), Line.UNKNOWN);
            }
            if (countsWhatNoAnswerNames(plain)) {
                return line(form, interview.style().unknown(), Line.UNKNOWN);
            }
            return reply(best, form, text);
        }

        /**
         * "你们一共有多少名司机?": a count of something no answer of the persona speaks of. However like a fact the
         * question is, the persona knows no such number.
         */
        private boolean countsWhatNoAnswerNames(String plain) {
            java.util.Optional<String> thing = forms.counted(plain);
            if (thing.isEmpty()) {
                return false;
            }
            if (LocalizedText.isChinese(locale)) {
                String named = thing.get().substring(0, 2);
                return facts.stream()
                        .flatMap(f -> f.fact().layers().stream())
                        .noneMatch(l -> l.answer().in(locale).contains(named));
            }
            String word = Words.of(thing.get(), locale).stream().findFirst().orElse("");
            return !word.isEmpty()
                    && facts.stream().flatMap(f -> f.layerWords().stream()).noneMatch(said -> said.contains(word));
        }

        /**
         * The fact most like the question: also by what a polite request asks to be told, without the request around
         * it; a question asking why now prefers a guarded fact that comes close.
         */
        private Match understood(String plain, float[] asked, Set<String> words) {
            Set<String> intents = forms.intentsOf(plain);
            Match best = best(asked, words, intents);
            java.util.Optional<String> topic = forms.topic(plain);
            if (topic.isPresent()) {
                Match onTopic = best(embed(topic.get()), words, intents);
                best = onTopic.score() > best.score() ? onTopic : best;
            }
            // "不好意思，我刚才没记全，最优先的是哪个项目来着?": asked again, the question is its last clause.
            java.util.Optional<String> clause = forms.lastClause(plain);
            if (clause.isPresent() && forms.asksAgain(plain.substring(0, plain.lastIndexOf(clause.get())))) {
                Match onItsOwn = best(embed(clause.get()), words, intents);
                best = onItsOwn.score() > best.score() ? onItsOwn : best;
            }
            return forms.asksWhyNow(plain) ? whyNow(asked, words, best) : best;
        }

        /**
         * "我们公司做实时风控……今天主要想了解贵公司的情况：今年公司有哪些重点工作?": who we are, said before an open
         * question about the customer that a fact answers, is an introduction, not a pitch.
         */
        private boolean asksRightAfterIntroduction(String question) {
            String plain = forms.plain(question);
            return forms.form(question) == QuestionKind.OPEN
                    && !forms.hasPitchCue(question)
                    && !forms.mayBePitch(question)
                    && clears(understood(plain, embed(plain), words(plain)), answers);
        }

        /** Of the facts told, the one a summary put back is most like. */
        private java.util.Optional<Indexed> mostLikeTold(float[] asked, Set<String> words) {
            return facts.stream()
                    .filter(this::hasTold)
                    .max(java.util.Comparator.comparingDouble(f -> likeness(f, asked, words)));
        }

        /**
         * A question about what was said: asked again ("Sorry, remind me …") it gets the repeat line; pointing back at
         * the fact just told (a why, a comparison, a follow-up, a word only that answer used) its next layer or
         * nothing more, unless another fact is clearly likelier and would be told.
         */
        private java.util.Optional<Reply> onWhatWasSaid(
                String text, String plain, QuestionKind form, Match best, float[] asked, Set<String> words) {
            // Told before, or told within another fact's answer ("the most critical one" within the initiatives).
            boolean said = hasTold(best.fact())
                    || uncovered.containsAll(best.fact().fact().reveals());
            // "You said six. What are the other five?" asks for more of what was said, not for it again.
            if (forms.asksAgain(text) && !forms.asksForMore(text) && best.score() >= answers && said) {
                return java.util.Optional.of(repeat(best.fact(), form));
            }
            if (last == null || forms.asksWhyNow(plain)) {
                return java.util.Optional.empty();
            }
            boolean aboutIt = (untold(last) && forms.asksAboutIt(text))
                    || saysNothingOfItsOwn(plain)
                    || (forms.asksWhy(plain) && mentionsTold(last, plain));
            boolean another = best.fact() != last
                    && !mentionsTold(last, plain)
                    && !uncovered.containsAll(best.fact().fact().reveals())
                    && best.score() >= answers + 0.1
                    && best.score() >= likeness(last, asked, words) + CONTEXT
                    && opens(best, text);
            // "How much is that costing you?", "这个影响有多大?": a measure of what it points back to, whatever fact it
            // echoes.
            // "Wu Hao told me you tried cameras before. What happened?": what the trainee heard names the topic.
            boolean heardOf = forms.reportsHearsay(text) && best.fact() != last && clears(best, answers);
            boolean followUp = form != QuestionKind.CONFIRM
                    && !heardOf
                    && ((forms.isFollowUp(text) && !another) || forms.measuresWhatItPointsBack(text));
            // "为什么这么高?" after the spoilage: a why whose answer is what the fact just told says next.
            boolean whyNext = forms.asksWhy(text) && toldNext(last, best.fact());
            if (!(aboutIt || followUp || whyNext)) {
                return java.util.Optional.empty();
            }
            // Nothing more to say of it, while another fact not yet told answers the question clearly: that fact.
            boolean nothingMore = told.getOrDefault(last.fact().id(), 0)
                    >= last.fact().layers().size();
            if (nothingMore
                    && !forms.isShort(plain)
                    && !forms.asksForMore(text)
                    && best.fact() != last
                    && !hasTold(best.fact())
                    && best.score() >= answers + CONTEXT
                    && opens(best, text)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(deeper(last, form));
        }

        /**
         * Whether the question names something only the fact just told spoke of ("DRG这个影响有多大?" after the DRG
         * answer): a word of what was told that few facts use.
         */
        private boolean mentionsTold(Indexed fact, String plain) {
            int layers = Math.max(1, told.getOrDefault(fact.fact().id(), 0));
            List<Set<String>> said = fact.layerWords()
                    .subList(0, Math.min(layers, fact.layerWords().size()));
            return words(plain).stream()
                    .anyMatch(w -> distinctive(w) && said.stream().anyMatch(l -> l.contains(w)));
        }

        /**
         * A short why or a question pointing back with no topic of its own ("为啥留不住?", "How did that go?"): no word
         * of it is one that few facts use, so it can only be about what was just said.
         */
        private boolean saysNothingOfItsOwn(String plain) {
            return (forms.asksWhy(plain) || forms.pointsBack(plain))
                    && forms.isShort(plain)
                    && words(forms.besidesWhyAndBack(plain)).stream()
                            .noneMatch(w -> used.containsKey(w) && distinctive(w));
        }

        private boolean hasTold(Indexed fact) {
            return told.containsKey(fact.fact().id())
                    || toldShort.contains(fact.fact().id());
        }

        private boolean untold(Indexed fact) {
            int layer = told.getOrDefault(fact.fact().id(), 0);
            return layer > 0 && layer < fact.fact().layers().size();
        }

        /**
         * Whether the question asks for what the fact just told says next ("那花钱要谁批?" after the owner): it is
         * as like that next layer, the conversation going on, as like any fact.
         */
        private boolean goesOn(Match best, QuestionKind form, String text, float[] asked) {
            if (last == null || !untold(last) || form == QuestionKind.CONFIRM || heard.contains(normal(text))) {
                return false;
            }
            // "那具体要怎么做呢?", "How do you plan to get there, concretely?": unless it names another fact's topic.
            if (forms.asksConcretely(text)
                    && (best.fact() == last
                            || keywordHits(best.fact(), words(forms.plain(text))) == 0
                            || forms.pointsBack(forms.besidesConcretely(text)))) {
                return true;
            }
            int layer = told.get(last.fact().id());
            double next = Meaning.similarity(asked, last.statements().get(layer));
            if (next + CONTINUITY >= best.score() && next >= answers - FLOOR) {
                return true;
            }
            // A word only the next layer says: "花钱" in "那花钱要谁批呀?" when the owner's next layer is who clears it.
            List<String> said = last.fact().layers().subList(0, layer).stream()
                    .map(l -> l.answer().in(locale))
                    .toList();
            return (best.fact() == last || hasTold(best.fact()))
                    && onlyNextSays(
                            text, said, last.fact().layers().get(layer).answer().in(locale));
        }

        /**
         * Whether the question holds a word, or a word of the same concept ("预算" for "钱"), that the next answer
         * says and none of the answers said before does.
         */
        private boolean onlyNextSays(String text, List<String> said, String next) {
            Set<String> before = new java.util.HashSet<>();
            said.forEach(s -> before.addAll(terms(s)));
            Set<String> saysNext = terms(next);
            return terms(text).stream().anyMatch(w -> saysNext.contains(w) && !before.contains(w))
                    || forms.conceptsIn(text).stream()
                            .anyMatch(c ->
                                    forms.mentions(next, c) && said.stream().noneMatch(s -> forms.mentions(s, c)));
        }

        private boolean asksBeyondShort(Match best, QuestionKind form, String text, float[] asked) {
            if (last == null
                    || best.fact() != last
                    || form == QuestionKind.CONFIRM
                    || heard.contains(normal(text))
                    || !toldShort.contains(last.fact().id())
                    || told.containsKey(last.fact().id())
                    || last.fact().layers().size() < 2) {
                return false;
            }
            List<CaseFile.Layer> layers = last.fact().layers();
            List<String> said = List.of(
                    layers.getFirst().answer().in(locale),
                    last.fact().shortAnswer().in(locale));
            double beyond = Meaning.similarity(asked, last.statements().get(1))
                    - Meaning.similarity(asked, last.statements().getFirst());
            return beyond > BEYOND
                    || onlyNextSays(text, said, layers.get(1).answer().in(locale));
        }

        /** The words of a text to compare with an answer's: Chinese by each two characters, English stemmed. */
        private Set<String> terms(String text) {
            if (!LocalizedText.isChinese(locale)) {
                return words(text);
            }
            Set<String> pairs = new java.util.HashSet<>();
            int[] han = text.codePoints().toArray();
            for (int i = 0; i + 1 < han.length; i++) {
                if (Character.isIdeographic(han[i]) && Character.isIdeographic(han[i + 1])) {
                    pairs.add(new String(han, i, 2));
                }
            }
            return pairs;
        }

        /** Whether the question is more like what the fact tells next than like what it has told. */
        private boolean asksNext(Indexed fact, float[] query) {
            if (!untold(fact)) {
                return false;
            }
            int layer = told.get(fact.fact().id());
            double next = Meaning.similarity(query, fact.statements().get(layer));
            return next >= closest(query, fact.statements().subList(0, layer));
        }

        /** Whether the fact's next untold layer reveals what the other fact does (its answer is that layer). */
        private boolean toldNext(Indexed fact, Indexed other) {
            List<CaseFile.Layer> layers = fact.fact().layers();
            int layer = told.getOrDefault(fact.fact().id(), 0);
            return other != fact
                    && layer > 0
                    && layer < layers.size()
                    && !other.fact().reveals().isEmpty()
                    && layers.get(layer).reveals().containsAll(other.fact().reveals());
        }

        private Set<String> words(String plain) {
            return Words.of(forms.topical(plain), locale);
        }

        /** The fact's answer, unless it is guarded and the question does not ask for it as its condition says. */
        private Reply reply(Match match, QuestionKind form, String text) {
            if (!opens(match, text)) {
                return line(form, interview.style().unknown(), Line.UNKNOWN);
            }
            return tell(match.fact(), form, text);
        }

        /**
         * A guarded fact is told only to a question that asks for it: close to its example questions and holding one
         * of its keywords ("why now", "deadline"), or very close; once told, it is told again like any other.
         */
        private boolean opens(Match match, String text) {
            CaseFile.PersonaFact fact = match.fact().fact();
            if (!fact.guarded() || told.containsKey(fact.id()) || toldShort.contains(fact.id())) {
                return true;
            }
            String plain = forms.plain(text);
            boolean direct = keywordHits(match.fact(), words(plain)) > 0 || forms.asksWhyNow(plain);
            if (forms.asksWhy(plain) && !direct) {
                return false; // a "why" opens a guarded fact only when it asks why now
            }
            return clears(match, answers + (direct ? 0 : GUARDED_EXTRA));
        }

        /**
         * A question in several parts: each part a fact answers is answered, in order, and a part none answers gets
         * the style's hint of what to ask. Null when the parts come to one fact, which the whole question answers.
         */
        private Reply inParts(List<String> parts, QuestionKind form) {
            List<Match> matches = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String part : parts) {
                String plain = forms.plain(part);
                Match match = understood(plain, embed(plain), words(plain));
                boolean known = matches.stream().anyMatch(m -> m.fact() == match.fact());
                // "满意度怎么样?有没有做过调查?": a later part only vaguely like any fact goes on about the first.
                boolean goesOn = !matches.isEmpty() && match.score() >= answers && match.score() < answers + 0.1;
                if (!known && !goesOn) {
                    matches.add(match);
                    texts.add(part);
                }
            }
            long answered = matches.stream().filter(m -> m.score() >= answers).count();
            if (matches.size() < 2 || answered == 0) {
                return null;
            }
            Set<String> targets = new LinkedHashSet<>();
            List<String> said = new ArrayList<>();
            Line line = null;
            for (int i = 0; i < matches.size(); i++) {
                Match match = matches.get(i);
                if (!targets.isEmpty()
                        && targets.containsAll(match.fact().fact().reveals())) {
                    continue; // an earlier part's answer already told it
                }
                if (match.score() < answers || !opens(match, texts.get(i))) {
                    String hint = say(interview.style().unknown());
                    if (!said.contains(hint)) {
                        said.add(hint);
                    }
                    continue;
                }
                Reply one = tell(match.fact(), forms.form(texts.get(i)), texts.get(i));
                targets.addAll(one.targets());
                said.add(one.answer());
                line = line == null ? one.line() : line;
            }
            return new Reply(form, List.copyOf(targets), String.join(" ", said), line == null ? Line.UNKNOWN : line);
        }

        /**
         * A fact asked about: its answer (its short line to a yes/no question), or, once told, "as I said…" (the
         * short line to a confirm question, which asks for a yes, and to a yes/no question once its answer was given).
         */
        private Reply tell(Indexed fact, QuestionKind form, String text) {
            CaseFile.PersonaFact about = fact.fact();
            int layer = told.getOrDefault(about.id(), 0);
            boolean askedBefore = heard.contains(normal(text));
            boolean shortBefore = toldShort.contains(about.id());
            if (layer == 0
                    && !askedBefore
                    && !shortBefore
                    && form != QuestionKind.OPEN
                    && about.shortAnswer() != null) {
                toldShort.add(about.id());
                return shortLine(fact, form);
            }
            if (layer == 0 && !askedBefore && (form == QuestionKind.OPEN || about.shortAnswer() == null)) {
                return next(fact, form, Line.FACT);
            }
            if ((form == QuestionKind.CONFIRM || (form == QuestionKind.CONTROL && layer > 0 && !forms.asksAgain(text)))
                    && !askedBefore
                    && about.shortAnswer() != null) {
                return shortLine(fact, form);
            }
            return repeat(fact, form);
        }

        private Reply shortLine(Indexed fact, QuestionKind form) {
            last = fact;
            CaseFile.PersonaFact about = fact.fact();
            return new Reply(form, about.layers().getFirst().reveals(), say(about.shortAnswer()), Line.SHORT);
        }

        /** The fact's next layer, or "as I said…" when all are told. */
        private Reply next(Indexed fact, QuestionKind form, Line line) {
            last = fact;
            CaseFile.PersonaFact about = fact.fact();
            int layer = told.getOrDefault(about.id(), 0);
            List<CaseFile.Layer> layers = about.layers();
            if (layer < layers.size()) {
                told.put(about.id(), layer + 1);
                return new Reply(
                        form, layers.get(layer).reveals(), say(layers.get(layer).answer()), line);
            }
            return repeat(fact, form);
        }

        private Reply deeper(Indexed fact, QuestionKind form) {
            CaseFile.PersonaFact about = fact.fact();
            int layer = told.getOrDefault(about.id(), 0);
            if (layer < about.layers().size()) {
                return next(fact, form, Line.MORE);
            }
            return line(form, interview.style().nothingMore(), Line.NOTHING_MORE);
        }

        /** "As I said: …" with what was said: the layers told, or the short line when only that was. */
        private Reply repeat(Indexed fact, QuestionKind form) {
            last = fact;
            CaseFile.PersonaFact about = fact.fact();
            int layers = told.getOrDefault(about.id(), 0);
            Set<String> all = new LinkedHashSet<>();
            about.layers().subList(0, Math.max(1, layers)).forEach(l -> all.addAll(l.reveals()));
            boolean onlyShort = layers == 0 && toldShort.contains(about.id()) && about.shortAnswer() != null;
            String said = onlyShort ? say(about.shortAnswer()) : say(about.answer());
            return new Reply(form, List.copyOf(all), say(interview.style().repeat()) + " " + said, Line.REPEAT);
        }

        private Reply line(QuestionKind form, LocalizedText text, Line line) {
            return new Reply(form, List.of(), say(text), line);
        }
    }

    /** A question as compared with those asked before: case, spaces and end punctuation aside. */
    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", "");
    }

    /**
     * The fact most like the question, its keywords counting a little; when the question word asks for what the
     * likeliest fact is not asked for with (a person, a time), the likeliest fact that is, if it comes close.
     */
    private Match best(float[] asked, Set<String> words, Set<String> intents) {
        Match best = null;
        Match intended = null;
        double second = 0;
        for (Indexed fact : facts) {
            double score = likeness(fact, asked, words);
            if (best == null || score > best.score()) {
                second = best == null ? 0 : best.score();
                best = new Match(fact, score);
            } else if (score > second) {
                second = score;
            }
            boolean asksFor = fact.intents().stream().anyMatch(intents::contains);
            if (asksFor && (intended == null || score > intended.score())) {
                intended = new Match(fact, score);
            }
        }
        if (intended != null
                && intended.fact() != best.fact()
                && best.fact().intents().stream().noneMatch(intents::contains)
                && intended.score() >= best.score() - INTENT_MARGIN) {
            return intended;
        }
        return new Match(best.fact(), best.score(), best.score() - second);
    }

    /**
     * A question asking why now prefers a guarded fact (told only when asked why now) that comes close: "为啥一定要今年上?"
     * asks for the compelling reason, not for the causes it resembles.
     */
    private Match whyNow(float[] asked, Set<String> words, Match best) {
        Match guarded = null;
        for (Indexed fact : facts) {
            double score = likeness(fact, asked, words);
            if (fact.fact().guarded() && (guarded == null || score > guarded.score())) {
                guarded = new Match(fact, score);
            }
        }
        // Asked why now, the guarded fact is the one asked for: it leads by being asked for, as a fact near the
        // threshold leads by its likeness.
        return guarded != null && guarded.score() >= best.score() - INTENT_MARGIN
                ? new Match(guarded.fact(), guarded.score(), LEAD)
                : best;
    }

    /**
     * A question this close to what the fact just told says next (its likeness to that layer, up to this much below
     * the best fact's) goes on with it, if it is no further than FLOOR below the threshold. Measured: 0.05 and 0.1.
     */
    private static final double CONTINUITY = 0.05;

    private static final double FLOOR = 0.1;

    /** How much likelier another fact must be than the one just told for a follow-up to be about it. */
    private static final double CONTEXT = 0.05;

    /** A fact this much likelier than small talk answers the question whatever word of small talk it holds. */
    private static final double CLEAR = 0.1;

    /**
     * How like the fact's example questions and answers the question is: its closest text, drawn a little towards the
     * next closest (one example alone that happens to be near is less sure than two), its keywords counting a little.
     */
    private static double likeness(Indexed fact, float[] asked, Set<String> words) {
        double closest = -1;
        double next = -1;
        for (List<float[]> texts : List.of(fact.examples(), fact.statements())) {
            for (float[] text : texts) {
                double likeness = Meaning.similarity(asked, text);
                if (likeness > closest) {
                    next = closest;
                    closest = likeness;
                } else if (likeness > next) {
                    next = likeness;
                }
            }
        }
        double likeness = next < 0 ? closest : closest + AGREEMENT * (next - closest);
        return likeness + KEYWORD_BONUS * Math.min(2, keywordHits(fact, words));
    }

    private static int keywordHits(Indexed fact, Set<String> words) {
        return (int) fact.keywords().stream().filter(words::containsAll).count();
    }

    private static double closest(float[] asked, List<float[]> examples) {
        double best = -1;
        for (float[] example : examples) {
            best = Math.max(best, Meaning.similarity(asked, example));
        }
        return best;
    }

    private String say(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }
}
