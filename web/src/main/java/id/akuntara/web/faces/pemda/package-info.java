/** The platform admin's pemda page: the registered pemda and onboarding a new one (issue 13 points 4 and 5). */
package id.akuntara.web.faces.pemda;
