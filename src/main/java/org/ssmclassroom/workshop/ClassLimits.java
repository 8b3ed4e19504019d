package org.ssmclassroom.workshop;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How big a class may grow ({@code ssm.class.*}): every participant costs each screen that shows the class, so a
 * script that joins again and again must meet a wall long before the server's memory does. The defaults hold a
 * large two-day course (the deck's tables seat four to six) with room to spare.
 *
 * @param maxParticipants participants of one workshop (200)
 * @param maxTableMembers trainees at one table (12)
 * @param joinsPerAddress new participants from one network address in 10 minutes (240): two large classes behind one
 *     router joins well within it, a script does not
 */
@ConfigurationProperties("ssm.class")
public record ClassLimits(int maxParticipants, int maxTableMembers, int joinsPerAddress) {

    public static final ClassLimits DEFAULT = new ClassLimits(200, 12, 240);

    public ClassLimits {
        maxParticipants = maxParticipants > 0 ? maxParticipants : DEFAULT.maxParticipants;
        maxTableMembers = maxTableMembers > 0 ? maxTableMembers : DEFAULT.maxTableMembers;
        joinsPerAddress = joinsPerAddress > 0 ? joinsPerAddress : DEFAULT.joinsPerAddress;
    }
}
