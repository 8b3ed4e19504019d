package org.ssmclassroom.roleplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ssmclassroom.base.LocalizedText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The cues and examples of question-forms.yaml for one language: how a question is put, and what is none. */
record QuestionForms(
        List<String> confirm,
        List<String> confirmStarts,
        List<String> confirmEndings,
        List<String> requestOpeners,
        List<String> askOpeners,
        List<String> tellVerbs,
        List<String> embeddedClosed,
        List<String> whys,
        List<String> fillers,
        List<String> continuers,
        List<String> closedEndings,
        List<String> openWords,
        List<String> looseEndings,
        List<String> closedMarkers,
        List<String> closedStarts,
        List<String> followUps,
        List<String> backReferences,
        List<String> comparisons,
        List<String> measures,
        List<String> pitchCues,
        List<String> questionWords,
        List<String> ours,
        List<String> offerings,
        List<String> pitch,
        List<String> offTopic,
        Map<String, String> sayings,
        Map<String, List<String>> intents,
        List<String> notTopics,
        List<String> nowCues,
        List<String> ifLater,
        List<String> putOff,
        List<String> again,
        List<String> smallTalk,
        List<String> concretely,
        List<String> introductions,
        List<String> toHear,
        List<String> ofTheCompany,
        List<List<String>> indicators,
        List<String> restatements,
        List<String> hearsay,
        List<List<String>> concepts,
        List<String> confirmWithin,
        List<String> markers) {

    private static final Map<String, QuestionForms> ALL = load();

    QuestionForms {
        confirm = orEmpty(confirm);
        confirmStarts = orEmpty(confirmStarts);
        confirmEndings = orEmpty(confirmEndings);
        requestOpeners = orEmpty(requestOpeners);
        askOpeners = orEmpty(askOpeners);
        tellVerbs = orEmpty(tellVerbs);
        embeddedClosed = orEmpty(embeddedClosed);
        whys = longestFirst(orEmpty(whys));
        fillers = longestFirst(orEmpty(fillers));
        continuers = orEmpty(continuers);
        closedEndings = orEmpty(closedEndings);
        openWords = orEmpty(openWords);
        looseEndings = orEmpty(looseEndings);
        closedMarkers = orEmpty(closedMarkers);
        closedStarts = orEmpty(closedStarts);
        followUps = orEmpty(followUps);
        backReferences = orEmpty(backReferences);
        comparisons = orEmpty(comparisons);
        measures = orEmpty(measures);
        pitchCues = orEmpty(pitchCues);
        questionWords = orEmpty(questionWords);
        ours = orEmpty(ours);
        offerings = orEmpty(offerings);
        pitch = orEmpty(pitch);
        offTopic = orEmpty(offTopic);
        sayings = sayings == null ? Map.of() : Map.copyOf(sayings);
        intents = intents == null ? Map.of() : Map.copyOf(intents);
        notTopics = longestFirst(orEmpty(notTopics));
        nowCues = orEmpty(nowCues);
        ifLater = orEmpty(ifLater);
        putOff = orEmpty(putOff);
        again = orEmpty(again);
        smallTalk = orEmpty(smallTalk);
        concretely = orEmpty(concretely);
        introductions = orEmpty(introductions);
        toHear = orEmpty(toHear);
        ofTheCompany = orEmpty(ofTheCompany);
        indicators = orEmptyGroups(indicators);
        restatements = longestFirst(orEmpty(restatements));
        hearsay = orEmpty(hearsay);
        concepts = orEmptyGroups(concepts);
        confirmWithin = orEmpty(confirmWithin);
        markers = longestFirst(orEmpty(markers));
    }

    /** Whether the question asks why, alone or about something ("为什么这么高?", "Why is that so high?"). */
    boolean asksWhy(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return whys.stream().anyMatch(w -> says(text, w));
    }

    /** Whether the question speaks of life outside work ("周末", "weekend"): small talk, whatever fact it echoes. */
    boolean isSmallTalk(String question) {
        return !smallTalkIn(question).isEmpty();
    }

    /** The words of life outside work the question holds. */
    List<String> smallTalkIn(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return smallTalk.stream().filter(w -> says(text, w)).toList();
    }

    /**
     * The question without the trainee's introduction before it: "黎总您好！先自我介绍一下，我是高远，负责这个区域的解决方案。
     * 想先听听您对公司长远发展的想法。" asks what its last sentence asks. Unchanged unless a question or a wish to hear
     * follows the introduction: "我们公司做冷链十几年了，可以帮您把货损降下来。" stays a pitch.
     */
    String withoutIntroduction(String turn) {
        String[] clauses = turn.strip().split("(?<=[,，。.!！:：;；—])\\s*");
        int after = -1;
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i].toLowerCase(Locale.ROOT);
            if (introductions.stream()
                    .anyMatch(cue -> startsWith(clause.strip(), cue)
                            || (cue.chars().anyMatch(Character::isIdeographic) && clause.contains(cue)))) {
                after = i + 1;
            }
        }
        if (after <= 0 || after >= clauses.length) {
            return turn;
        }
        String rest = String.join("", java.util.Arrays.copyOfRange(clauses, after, clauses.length))
                .strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean asks =
                rest.endsWith("?") || rest.endsWith("？") || toHear.stream().anyMatch(cue -> says(lower, cue));
        return asks ? rest : turn;
    }

    /**
     * Whether the question asks why now ("为什么非得赶在春节前?", "Why does it have to be done before the peak?"): a
     * "why" and a word of time pressure. A guarded fact told only when asked why act now opens to it.
     */
    boolean asksWhyNow(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        boolean why =
                whys.stream().anyMatch(w -> says(text, w)) || ifLater.stream().anyMatch(w -> says(text, w));
        return (why && nowCues.stream().anyMatch(w -> says(text, w)))
                || putOff.stream().anyMatch(w -> says(text, w));
    }

    /** Whether the question says it asks again ("Sorry, remind me …", "您刚才说……"): it wants the repeat line. */
    boolean asksAgain(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return again.stream().anyMatch(w -> says(text, w));
    }

    /**
     * The question put plainly, for understanding it (not for how it is put): a business idiom or saying by what it
     * means ("What keeps you up at night?" asks what worries you most, "重中之重" is "最重要的"), and an English word
     * in a Chinese question by its Chinese ("CRM的owner是谁?" asks for the 负责人). Longest saying first.
     */
    String plain(String question) {
        String text = withoutMarkers(question.strip());
        for (String saying : longestFirst(List.copyOf(sayings.keySet()))) {
            text = saying(saying)
                    .matcher(text)
                    .replaceAll(java.util.regex.Matcher.quoteReplacement(sayings.get(saying)));
        }
        return text;
    }

    /**
     * The question without what opens it and says nothing of its topic: an acknowledgement ("明白了。", "I see,") and
     * a discourse marker ("那", "嗯", "So", "OK"): "那今年主要在抓哪几件事?" asks what "今年主要在抓哪几件事?" does.
     */
    private String withoutMarkers(String question) {
        String text = question;
        String[] opening = text.split("(?<=[。.!！,，])\\s*", 2);
        if (opening.length == 2 && !opening[1].isBlank() && onlyFillers(opening[0].toLowerCase(Locale.ROOT))) {
            text = opening[1];
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String marker : markers) {
                java.util.regex.Matcher m = opening(marker).matcher(text);
                if (m.find() && m.end() < text.length()) {
                    text = text.substring(m.end());
                    changed = true;
                }
            }
        }
        return text;
    }

    private static final java.util.Map<String, java.util.regex.Pattern> OPENINGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A marker at the start of a question, as a word ("那" but not "那个"), with the comma after it. */
    private static java.util.regex.Pattern opening(String marker) {
        return OPENINGS.computeIfAbsent(
                marker,
                m -> java.util.regex.Pattern.compile(
                        "^" + java.util.regex.Pattern.quote(m)
                                + (m.chars().anyMatch(Character::isIdeographic)
                                        ? "(?![个些边里样么时种位])[,，\\s]*"
                                        : "(?![\\p{L}\\p{N}])[,，\\s]*"),
                        java.util.regex.Pattern.CASE_INSENSITIVE));
    }

    /** The question without words that name no topic ("lately", "最近"), for matching keywords. */
    String topical(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        for (String word : notTopics) {
            text = remove(text, word);
        }
        return text;
    }

    /**
     * What a question word asks for: a person ("who", "谁"), a time ("when", "什么时候"), an amount ("how much",
     * "多少"). A fact asks for it when one of its example questions does.
     */
    java.util.Set<String> intentsOf(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        java.util.Set<String> found = new java.util.TreeSet<>();
        intents.forEach((intent, cues) -> {
            if (cues.stream().anyMatch(cue -> saying(cue).matcher(text).find())) {
                found.add(intent);
            }
        });
        return found;
    }

    /** A saying or cue as a pattern: English as whole words (also inside Chinese text), case aside. */
    private static java.util.regex.Pattern saying(String cue) {
        return SAYINGS.computeIfAbsent(
                cue,
                w -> java.util.regex.Pattern.compile(
                        "(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(w) + "(?![A-Za-z0-9])",
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
    }

    private static final java.util.Map<String, java.util.regex.Pattern> SAYINGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static QuestionForms of(Locale locale) {
        return ALL.get(LocalizedText.isChinese(locale) ? "zh-CN" : "en");
    }

    /**
     * Open, control or confirm, as the 9-block model defines them: an open question asks to be told ("请问您方便介绍一下
     * ……吗?" and "Could you tell me about …?" are open: polite requests to tell), a control question asks for yes or
     * no, a confirm question puts a summary back for a yes ("所以……对吗?", "So you mean …, right?"). Whether it is
     * about the business is decided apart.
     */
    QuestionKind form(String question) {
        String text = asked(question.strip().toLowerCase(Locale.ROOT));
        String bare = text.replaceAll("[\\s?？。.!！]+$", "");
        final String whole = withoutAcknowledgement(bare);
        boolean putBack = confirmEndings.stream().anyMatch(whole::endsWith);
        if (confirm.stream().anyMatch(text::contains)
                || (putBack && confirmStarts.stream().anyMatch(start -> startsWith(whole, start)))
                || (putBack && confirmWithin.stream().anyMatch(whole::contains))) {
            return QuestionKind.CONFIRM;
        }
        List<String> parts = parts(text);
        if (parts.size() > 1) {
            // "为什么一定要现在做，不能等等吗?": a question in parts is put as its first part puts it, unless a closed
            // part is followed by an open one that lets the customer talk ("工人会不会有抵触？工会那边怎么看？").
            QuestionKind first = form(parts.getFirst());
            String last = parts.getLast().strip();
            boolean asksOpenly = (last.endsWith("?") || last.endsWith("？"))
                    && openWords.stream().anyMatch(last.toLowerCase(Locale.ROOT)::contains)
                    && form(last) == QuestionKind.OPEN;
            return first == QuestionKind.CONTROL && asksOpenly ? QuestionKind.OPEN : first;
        }
        java.util.Optional<QuestionKind> embedded = askedWithin(text);
        if (embedded.isPresent()) {
            return embedded.get();
        }
        int tell = tellAt(text);
        if (tell >= 0) {
            String told = text.substring(tell);
            return embeddedClosed.stream().anyMatch(cue -> says(told, cue)) ? QuestionKind.CONTROL : QuestionKind.OPEN;
        }
        String end = bare;
        String asked = withoutAcknowledgement(text);
        boolean asksWhat = openWords.stream().anyMatch(asked::contains);
        boolean closed =
                closedEndings.stream().anyMatch(e -> end.endsWith(e) && !(asksWhat && looseEndings.contains(e)))
                        || closedMarkers.stream().anyMatch(asked::contains)
                        || (A_NOT_A.matcher(asked).find() && !asksWhat)
                        || closedStarts.stream().anyMatch(start -> asked.startsWith(start + " "))
                        || declarativeYesOrNo(asked);
        return closed ? QuestionKind.CONTROL : QuestionKind.OPEN;
    }

    /**
     * "There is budget for new project this year?", "Patient data can go in the cloud?": a statement asked, its verb
     * uninverted, as speakers of English as a second language often ask yes or no. No question word asks for more.
     */
    private boolean declarativeYesOrNo(String asked) {
        boolean latin = asked.codePoints().noneMatch(Character::isIdeographic);
        return latin
                && asked.strip().endsWith("?")
                && questionWords.stream().noneMatch(w -> says(asked, w))
                && closedStarts.stream().anyMatch(w -> says(asked, w));
    }

    /**
     * The question itself when a statement opens the turn: "Let's get into it. Do your quality issues hurt …?" is put
     * as its question is.
     */
    private static String asked(String text) {
        String[] sentences = text.split("(?<=[.。!！])\\s*");
        int first = 0;
        while (first < sentences.length - 1 && !sentences[first].matches(".*[?？]\\s*$")) {
            first++;
        }
        return first == 0 ? text : String.join(" ", java.util.Arrays.copyOfRange(sentences, first, sentences.length));
    }

    /**
     * "Could I ask what priorities …?" asks what: a question asked within "may I ask" is put as its own words put it,
     * open after a question word, control after "whether" or "if".
     */
    private java.util.Optional<QuestionKind> askedWithin(String text) {
        for (String opener : askOpeners) {
            if (startsWith(text, opener)) {
                String rest = text.substring(opener.length()).strip();
                if (embeddedClosed.stream().anyMatch(cue -> startsWith(rest, cue))) {
                    return java.util.Optional.of(QuestionKind.CONTROL);
                }
                if (questionWords.stream().anyMatch(w -> startsWith(rest, w))) {
                    return java.util.Optional.of(QuestionKind.OPEN);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The question without an opening "明白了，", "I see," or "Anyway —" that only acknowledges what was said. */
    private String withoutAcknowledgement(String text) {
        String[] opening = text.split("[,，]|\\s*[—–]\\s*|\\s+--?\\s+", 2);
        if (opening.length == 2 && onlyFillers(opening[0].strip())) {
            return opening[1].strip();
        }
        return text;
    }

    /** "稳不稳定", "紧不紧张", "能不能": a Chinese yes/no question asked as A-not-A. */
    private static final java.util.regex.Pattern A_NOT_A = java.util.regex.Pattern.compile("(\\p{IsHan})[不没]\\1");

    /**
     * What a polite request asks to be told, without the request around it: "请问您方便介绍一下鲜达的方向吗?" is about
     * "鲜达的方向", "Could you walk me through your priorities?" about "your priorities". Empty when it is no request.
     */
    java.util.Optional<String> topic(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        int tell = tellAt(text);
        if (tell < 0) {
            return java.util.Optional.empty();
        }
        String verb = tellVerbs.stream()
                .filter(v -> indexOf(text, v) == tell)
                .max(java.util.Comparator.comparingInt(String::length))
                .orElse("");
        String rest = text.substring(tell + verb.length())
                .replaceAll("^[\\s,，]*(一下|about|on|with|what|how)?\\s*", "")
                .replaceAll("(吗|呢|好吗|可以吗|行吗)?[\\s?？。.!！]*$", "")
                .strip();
        return rest.codePointCount(0, rest.length()) >= 2 ? java.util.Optional.of(rest) : java.util.Optional.empty();
    }

    /**
     * Whether a question may be a pitch by its likeness to the examples: it speaks of what we have ("我们的",
     * "our") and does not ask the customer an open question; "麻烦您讲讲公司的经营情况?" is no pitch, however alike.
     */
    boolean mayBePitch(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        boolean ourThings = ours.stream().anyMatch(w -> says(text, w));
        boolean asksOpenly =
                form(question) == QuestionKind.OPEN && questionWords.stream().anyMatch(w -> says(text, w));
        return ourThings && !asksOpenly;
    }

    /** Where a polite request's verb of telling starts ("请问您方便介绍…", "could you walk me through…"), or -1. */
    private int tellAt(String text) {
        int opener = requestOpeners.stream()
                .mapToInt(o -> indexOf(text, o))
                .filter(i -> i >= 0)
                .min()
                .orElse(-1);
        if (opener < 0) {
            return -1;
        }
        return tellVerbs.stream()
                .mapToInt(v -> indexOf(text, v))
                .filter(i -> i > opener)
                .min()
                .orElse(-1);
    }

    private static boolean startsWith(String text, String start) {
        return start.chars().anyMatch(Character::isIdeographic)
                ? text.startsWith(start)
                : text.startsWith(start + " ") || text.startsWith(start + ",");
    }

    /** Where the cue stands in the text: anywhere for Chinese, as whole words for English; -1 when absent. */
    private static int indexOf(String text, String cue) {
        if (cue.chars().anyMatch(Character::isIdeographic)) {
            return text.indexOf(cue);
        }
        var matcher = pattern(cue).matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    /**
     * A follow-up with nothing else in it ("后来呢?", "接着说", "能展开讲讲吗?", "And?", "Please go on", "Tell me
     * more"): it asks about what was just said, never about another fact.
     */
    boolean isBareFollowUp(String question) {
        String text = normal(question);
        if (continuers.contains(text)) {
            return true;
        }
        // "ok and?": an acknowledgement word before a continuer, without a comma.
        String[] words = text.split("\\s+");
        if (words.length > 1
                && continuers.contains(words[words.length - 1])
                && onlyFillers(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)))) {
            return true;
        }
        // "Interesting. And?": a continuer after an acknowledgement is as bare.
        String[] sentences = text.split("[.。!！,，]\\s*");
        if (sentences.length > 1 && continuers.contains(sentences[sentences.length - 1].strip())) {
            return onlyFillers(String.join(" ", java.util.Arrays.copyOf(sentences, sentences.length - 1)));
        }
        return followUps.stream().anyMatch(cue -> says(text, cue)) && nothingBut(text, followUps);
    }

    /** A bare "why" ("为什么?", "Why is that?"): it asks about what was just said, never opens a guarded fact. */
    boolean isBareWhy(String question) {
        String text = normal(question);
        return whys.stream().anyMatch(cue -> says(text, cue)) && nothingBut(text, whys);
    }

    private boolean onlyFillers(String text) {
        String rest = text;
        for (String filler : fillers) {
            rest = remove(rest, filler);
        }
        return rest.replaceAll("[\\p{P}\\p{S}\\s]+", "").isEmpty();
    }

    /** Whether the text holds nothing but the cues (any of them) and fillers. */
    private boolean nothingBut(String text, List<String> cues) {
        String rest = text;
        for (String cue : longestFirst(cues)) {
            rest = remove(rest, cue);
        }
        for (String cue : followUps) {
            rest = remove(rest, cue);
        }
        for (String filler : fillers) {
            rest = remove(rest, filler);
        }
        return rest.replaceAll("[\\p{P}\\p{S}\\s]+", "").isEmpty();
    }

    private static String remove(String text, String cue) {
        String wanted = cue.toLowerCase(Locale.ROOT);
        if (wanted.chars().anyMatch(Character::isIdeographic)) {
            return text.replace(wanted, " ");
        }
        return pattern(wanted).matcher(text).replaceAll(" ");
    }

    private static String normal(String question) {
        return question.strip()
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[\\s?？。.!！,，…~～]+$", "")
                .strip();
    }

    /**
     * The questions within one turn: "最关键的方针是什么?由谁负责?", "What's the key initiative, and who owns it?"
     * are two. Split at a question mark with more after it, at a comma or "and" before a second question word.
     */
    List<String> parts(String question) {
        List<String> parts = new java.util.ArrayList<>();
        for (String sentence : question.strip().split("(?<=[?？])\\s*(?=\\S)")) {
            parts.addAll(clauses(sentence));
        }
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private List<String> clauses(String sentence) {
        String[] pieces = sentence.split("(?i)(?:\\s*,\\s*and\\s+|\\s+and\\s+|\\s*[,，；;]\\s*|以及|另外|同时)(?=\\S)");
        if (pieces.length < 2) {
            return List.of(sentence);
        }
        // Only where each side is a question of its own: a comma inside one question does not split it.
        List<String> clauses = new java.util.ArrayList<>();
        for (String piece : pieces) {
            if (!clauses.isEmpty() && !(asks(piece) && asks(clauses.getLast()))) {
                clauses.set(clauses.size() - 1, clauses.getLast() + ", " + piece);
            } else {
                clauses.add(piece);
            }
        }
        return clauses;
    }

    /** Whether a clause asks something by itself: a question word, or an English auxiliary first. */
    private boolean asks(String clause) {
        String text = clause.strip().toLowerCase(Locale.ROOT);
        return questionWords.stream().anyMatch(w -> says(text, w))
                || closedStarts.stream().anyMatch(start -> text.startsWith(start + " "));
    }

    /** The question a turn ends with, after sentences that only say something, or empty. */
    java.util.Optional<String> askedAfterSaying(String turn) {
        String[] sentences = turn.strip().split("(?<=[。.!！])\\s*");
        String last = sentences[sentences.length - 1].strip();
        return sentences.length > 1 && (last.endsWith("?") || last.endsWith("？"))
                ? java.util.Optional.of(last)
                : java.util.Optional.empty();
    }

    /** The last clause of a question with a lead-in, when it is a question of some length by itself. */
    java.util.Optional<String> lastClause(String question) {
        String[] clauses = question.strip().split("[,，:：;；。.!！—]+\\s*");
        if (clauses.length < 2) {
            return java.util.Optional.empty();
        }
        String last = clauses[clauses.length - 1].strip();
        String bare = last.replaceAll("[\\p{P}\\s]+", "");
        boolean chinese = bare.codePoints().anyMatch(Character::isIdeographic);
        boolean enough = chinese ? bare.codePointCount(0, bare.length()) >= 5 : last.split("\\s+").length >= 4;
        return enough && (last.endsWith("?") || last.endsWith("？"))
                ? java.util.Optional.of(last)
                : java.util.Optional.empty();
    }

    /** "How much is that costing you?", "这个影响有多大?": how big something is that the question points back to. */
    boolean measuresWhatItPointsBack(String question) {
        String text = withoutThisYear(question);
        return atMost(text, 10, 8)
                && backReferences.stream().anyMatch(cue -> says(text, cue))
                && measures.stream().anyMatch(cue -> says(text, cue));
    }

    /** Whether the question asks how much or how many of the company's ("你们", "your …") something is. */
    boolean asksOfTheCompany(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return ofTheCompany.stream().anyMatch(cue -> says(text, cue))
                && (counted(text).isPresent() || measures.stream().anyMatch(cue -> says(text, cue)));
    }

    /**
     * Whether the question asks after a measure of the company ("利润率", "market share") that none of the given
     * answers speaks of by any of its names.
     */
    boolean asksAfterUnspoken(String question, List<String> answers) {
        String text = question.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean measured = measures.stream().anyMatch(cue -> says(text, cue))
                || comparisons.stream().anyMatch(cue -> says(text, cue));
        return indicators.stream()
                .filter(names -> names.stream().anyMatch(name -> asksWhatItIs(text, name, measured)))
                .anyMatch(names ->
                        answers.stream().noneMatch(a -> names.stream().anyMatch(name -> says(a, name))));
    }

    /** "What's Lidya's market share?", "利润率大概在什么水平?": the measure named as what the question asks for. */
    private static boolean asksWhatItIs(String text, String name, boolean measured) {
        if (!says(text, name)) {
            return false;
        }
        String quoted = java.util.regex.Pattern.quote(name);
        String asked = name.chars().anyMatch(Character::isIdeographic)
                ? quoted + "[^，,。？?]{0,8}?(?:是多少|多少|什么水平|怎么样|多大|几成|多高)"
                : "\\bwhat(?:'s| is| are| was| were) (?:[\\w']+ ){0,3}" + quoted + "\\b";
        return measured || java.util.regex.Pattern.compile(asked).matcher(text).find();
    }

    /**
     * The question a restatement puts: "那钱从哪儿来呢，我是说增长靠啥?" asks "增长靠啥?"; unchanged without one, or
     * when nothing follows it.
     */
    String restated(String question) {
        for (String cue : restatements) {
            String quoted = java.util.regex.Pattern.quote(cue);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            cue.chars().anyMatch(Character::isIdeographic) ? quoted : "\\b" + quoted + "\\b",
                            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                    .matcher(question);
            int at = -1;
            while (m.find()) {
                at = m.end();
            }
            if (at > 0) {
                String rest =
                        question.substring(at).replaceFirst("^[\\p{P}\\s]+", "").strip();
                if (!atMost(rest, 2, 2)) {
                    return rest;
                }
            }
        }
        return question;
    }

    /** The concepts (each a list of words that name it) the question names. */
    List<List<String>> conceptsIn(String question) {
        return concepts.stream().filter(c -> mentions(question, c)).toList();
    }

    /** Whether a text names the concept by one of its words. */
    boolean mentions(String text, List<String> concept) {
        String lower = text.toLowerCase(Locale.ROOT);
        return concept.stream().anyMatch(word -> says(lower, word));
    }

    /** Whether the trainee says what someone told them ("Wu Hao told me you tried cameras before."). */
    boolean reportsHearsay(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return hearsay.stream()
                .anyMatch(cue -> says(text, cue)
                        && !says(text, "you " + cue)
                        && !says(text, "您" + cue)
                        && !says(text, "你" + cue));
    }

    /** Whether the question says it asks for more ("the other five", "还有别的"), not how it relates to what was said. */
    boolean asksForMore(String question) {
        return followUps.stream().anyMatch(cue -> says(question, cue));
    }

    boolean isFollowUp(String question) {
        return followUps.stream().anyMatch(cue -> says(question, cue)) || refersBack(question);
    }

    /**
     * A why or a comparison about something it points back to: "为什么会差这么多?", "What's driving that?", "How
     * does that compare with other hospitals?".
     */
    boolean pointsBack(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return backReferences.stream().anyMatch(cue -> says(text, cue));
    }

    /** Whether the question points back, "this year" and the like aside ("What's your market share this year?"). */
    boolean pointsBackBesidesTime(String question) {
        return pointsBack(withoutThisYear(question));
    }

    private static String withoutThisYear(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\bth(is|ese) (year|quarter|month|week|days)\\b", "");
    }

    /** What a question says besides asking why and pointing back: "为啥留不住?" says "留不住", "Why her?" nothing. */
    String besidesWhyAndBack(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        for (List<String> cues : List.of(whys, backReferences, fillers)) {
            for (String cue : longestFirst(cues)) {
                text = remove(text, cue);
            }
        }
        return text;
    }

    /** "一共有多少名司机?", "How many boilers do the two mills have?": a count asked for, and what is counted. */
    private static final java.util.regex.Pattern COUNTED =
            java.util.regex.Pattern.compile("(?:多少|(?<=[有共])几)(?:名|位|辆|台|家|所|座|架|艘|个)(?![月年天周小钟])(\\p{IsHan}{2,})"
                    + "|(?i)\\bhow many (?!of\\b)([a-z]+(?: [a-z]+)?)");

    /** What a question asks to count ("司机", "boilers"), or empty when it counts nothing. */
    java.util.Optional<String> counted(String question) {
        java.util.regex.Matcher m = COUNTED.matcher(question);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Whether the question asks for what was just said in concrete terms ("具体", "concretely"). */
    boolean asksConcretely(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return concretely.stream().anyMatch(cue -> says(text, cue) && !says(text, cue + "的"));
    }

    String besidesConcretely(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        for (String cue : concretely) {
            text = remove(text, cue);
        }
        return text;
    }

    /** A question of a few words: five in English, six characters in Chinese. */
    boolean isShort(String question) {
        return atMost(question, 6, 5);
    }

    /** Whether a question has at most so many Chinese characters, or, with none, so many words. */
    private static boolean atMost(String question, int characters, int words) {
        String text = question.replaceAll("[\\p{P}\\p{S}]+", " ").strip();
        long chinese = text.codePoints().filter(Character::isIdeographic).count();
        return chinese > 0 ? chinese <= characters : text.split("\\s+").length <= words;
    }

    boolean asksAboutIt(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        boolean pointsBack = backReferences.stream().anyMatch(cue -> says(text, cue));
        return pointsBack && (asksWhy(text) || comparisons.stream().anyMatch(cue -> says(text, cue)));
    }

    /**
     * Whether the question asks about what was just said without naming it: a comparison ("和同行比呢?", "is that
     * high compared to peers?"), or a why, a cause or a size of something it points back to ("为什么会差这么多?",
     * "What's driving that?", "这个影响有多大?").
     */
    private boolean refersBack(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        if (comparisons.stream().anyMatch(cue -> says(text, cue))) {
            return true;
        }
        boolean pointsBack = backReferences.stream().anyMatch(cue -> says(text, cue));
        return pointsBack && (asksWhy(text) || measures.stream().anyMatch(cue -> says(text, cue)));
    }

    /** A statement, not a question, about what we have: "Our sensors are the most accurate." */
    boolean praisesOurs(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        boolean asks = text.endsWith("?")
                || text.endsWith("？")
                || questionWords.stream().anyMatch(w -> says(text, w));
        return !asks && form(question) == QuestionKind.OPEN && ours.stream().anyMatch(w -> says(text, w));
    }

    boolean hasPitchCue(String question) {
        return pitchCues.stream().anyMatch(cue -> says(question, cue)) || offersOurs(question);
    }

    /**
     * A statement naming what we sell ("我们的智慧医院方案……", "Our scheduling platform has …"): "our" and, a few
     * words on, a solution, product or platform, not put as a question.
     */
    private boolean offersOurs(String question) {
        for (String sentence : question.strip().toLowerCase(Locale.ROOT).split("(?<=[.。!！?？])\\s*")) {
            if (!sentence.endsWith("?") && !sentence.endsWith("？") && namesOurs(sentence)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesOurs(String text) {
        for (String our : ours) {
            int at = indexOf(text, our);
            if (at >= 0) {
                String after = text.substring(at + our.length(), Math.min(text.length(), at + our.length() + 40));
                if (offerings.stream().anyMatch(o -> says(after, o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each cue as a whole-word pattern, compiled once: cues are checked on every question. */
    private static final java.util.Map<String, java.util.regex.Pattern> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the question holds the cue: as words where words have spaces ("our service" is not "your service"). */
    private static boolean says(String question, String cue) {
        String text = question.toLowerCase(Locale.ROOT);
        String wanted = cue.toLowerCase(Locale.ROOT);
        if (wanted.chars().anyMatch(Character::isIdeographic)) {
            return text.contains(wanted);
        }
        return pattern(wanted).matcher(text).find();
    }

    private static java.util.regex.Pattern pattern(String cue) {
        return WORDS.computeIfAbsent(
                cue,
                w -> java.util.regex.Pattern.compile(
                        "(?<![\\p{IsLatin}\\p{N}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{IsLatin}\\p{N}])"));
    }

    private static List<String> longestFirst(List<String> cues) {
        return cues.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static Map<String, QuestionForms> load() {
        try (InputStream in = QuestionForms.class.getResourceAsStream("/roleplay/question-forms.yaml")) {
            var tree = YAMLMapper.builder().build().readTree(in);
            JsonMapper json = JsonMapper.builder().build();
            return Map.of(
                    "zh-CN", json.treeToValue(tree.get("zh-CN"), QuestionForms.class),
                    "en", json.treeToValue(tree.get("en"), QuestionForms.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> orEmptyGroups(List<List<String>> groups) {
        return groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
