package io.jingchu.hub.region;

import java.util.List;
import java.util.Optional;

/** The division tree: lookups, children, ancestors and search by name or code. */
public interface RegionApi {

    Optional<Division> find(String code);

    /** The division with this code, or a {@code REGION_NOT_FOUND} refusal. */
    Division get(String code);

    /** The provinces that are loaded. */
    List<Division> roots();

    /** The divisions directly below this one, ordered by code. */
    List<Division> children(String code);

    /** From the province down to the direct parent; empty for a province. */
    List<Division> ancestors(String code);

    /** Divisions whose name contains the query, or whose code starts with it; at most {@code limit}. */
    List<Division> search(String query, int limit);

    long count();
}
