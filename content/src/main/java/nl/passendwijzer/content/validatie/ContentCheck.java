package nl.passendwijzer.content.validatie;

import java.util.List;

/**
 * One rule over the bundled content. Checks that need more than the snapshot (school documents, for instance)
 * receive it through their constructor and are added with {@link ContentValidator#with(ContentCheck)}.
 */
@FunctionalInterface
public interface ContentCheck {
    List<Finding> check(ContentSnapshot content);
}
