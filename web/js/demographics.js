// The optional wijk and age band that sign-up, booking and survey forms ask, only to see whether participation
// reaches every part of the city and every age (programme goal G2); the same fields and bands wherever they are asked.
export const AGE_BANDS = ['0-15', '15-25', '25-45', '45-65', '65+'];

// Replaces the placeholder with the two fields, their texts translated with the rest of the page.
export function insertDemographics(placeholder, whyKey) {
  placeholder.outerHTML = `
    <div class="panel">
      <p id="why-hint" data-i18n="${whyKey}"></p>
      <div class="field">
        <label for="wijk" data-i18n="field.wijkOptional"></label>
        <select id="wijk" name="wijk" aria-describedby="why-hint"><option value="" data-i18n="field.noAnswer"></option></select>
      </div>
      <div class="field">
        <label for="ageBand" data-i18n="field.ageBandOptional"></label>
        <select id="ageBand" name="ageBand" aria-describedby="why-hint">
          <option value="" data-i18n="field.noAnswer"></option>
          ${AGE_BANDS.map((band) => `<option value="${band}" data-i18n="age.${band}"></option>`).join('')}
        </select>
      </div>
    </div>`;
}

export function addWijken(select, wijken) {
  wijken.forEach((w) => select.add(new Option(`${w.name} (${w.stadsdeel})`, w.code)));
}
