package org.hotline.domain.contact;

/**
 * The part a contact plays for a piece of content, in the order they are asked to act: the hosting provider can
 * remove the file, the site owner can remove it from the site, the registrar can suspend the domain.
 */
public enum ContactRole {
    HOSTING_PROVIDER,
    SITE_OWNER,
    REGISTRAR
}
