package nl.stadmaken.participation.sortition;

/** How many members of a drawn panel have a quota's feature value. */
public record QuotaTally(Quota quota, int selected) {

    public boolean met() {
        return quota.admits(selected);
    }
}
