# generated from ui/event_form.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        EventForm.resize(1180, 760)
        EventForm.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(EventForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formScroll = QScrollArea(EventForm)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.formScroll.setWidgetResizable(True)
        self.formBody = QWidget()
        self.formBody.setObjectName(u"formBody")
        self.bodyLayout = QVBoxLayout(self.formBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.departmentRow = QHBoxLayout()
        self.departmentRow.setObjectName(u"departmentRow")
        self.departmentLabel = QLabel(self.formBody)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.departmentRow.addWidget(self.departmentLabel)

        self.departmentColumn = QVBoxLayout()
        self.departmentColumn.setSpacing(2)
        self.departmentColumn.setObjectName(u"departmentColumn")
        self.departmentCombo = QComboBox(self.formBody)
        self.departmentCombo.setObjectName(u"departmentCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.departmentCombo.sizePolicy().hasHeightForWidth())
        self.departmentCombo.setSizePolicy(sizePolicy)
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.departmentCombo.setMinimumContentsLength(40)

        self.departmentColumn.addWidget(self.departmentCombo)

        self.departmentError = QLabel(self.formBody)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setWordWrap(True)

        self.departmentColumn.addWidget(self.departmentError)


        self.departmentRow.addLayout(self.departmentColumn)


        self.bodyLayout.addLayout(self.departmentRow)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.agreementsBox = QGroupBox(self.formBody)
        self.agreementsBox.setObjectName(u"agreementsBox")
        self.agreementsLayout = QVBoxLayout(self.agreementsBox)
        self.agreementsLayout.setObjectName(u"agreementsLayout")
        self.agreementFilterLabel = QLabel(self.agreementsBox)
        self.agreementFilterLabel.setObjectName(u"agreementFilterLabel")
        self.agreementFilterLabel.setWordWrap(True)

        self.agreementsLayout.addWidget(self.agreementFilterLabel)

        self.agreementFilter = QLineEdit(self.agreementsBox)
        self.agreementFilter.setObjectName(u"agreementFilter")
        self.agreementFilter.setClearButtonEnabled(True)

        self.agreementsLayout.addWidget(self.agreementFilter)

        self.availableList = QListView(self.agreementsBox)
        self.availableList.setObjectName(u"availableList")
        self.availableList.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.availableList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.availableList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.availableList.setAlternatingRowColors(True)
        self.availableList.setResizeMode(QListView.ResizeMode.Adjust)
        self.availableList.setWordWrap(True)

        self.agreementsLayout.addWidget(self.availableList)

        self.availableButtons = QHBoxLayout()
        self.availableButtons.setObjectName(u"availableButtons")
        self.showInactive = QCheckBox(self.agreementsBox)
        self.showInactive.setObjectName(u"showInactive")
        self.showInactive.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.availableButtons.addWidget(self.showInactive)

        self.availableSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.availableButtons.addItem(self.availableSpacer)

        self.addAgreementButton = QPushButton(self.agreementsBox)
        self.addAgreementButton.setObjectName(u"addAgreementButton")
        self.addAgreementButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addAgreementButton.setAutoDefault(False)

        self.availableButtons.addWidget(self.addAgreementButton)


        self.agreementsLayout.addLayout(self.availableButtons)

        self.chosenLabel = QLabel(self.agreementsBox)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.agreementsLayout.addWidget(self.chosenLabel)

        self.chosenRow = QHBoxLayout()
        self.chosenRow.setObjectName(u"chosenRow")
        self.chosenList = QListView(self.agreementsBox)
        self.chosenList.setObjectName(u"chosenList")
        self.chosenList.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.chosenList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosenList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosenList.setAlternatingRowColors(True)
        self.chosenList.setResizeMode(QListView.ResizeMode.Adjust)
        self.chosenList.setWordWrap(True)

        self.chosenRow.addWidget(self.chosenList)

        self.chosenButtons = QVBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.upButton = QPushButton(self.agreementsBox)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.upButton.setAutoDefault(False)

        self.chosenButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.agreementsBox)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.downButton.setAutoDefault(False)

        self.chosenButtons.addWidget(self.downButton)

        self.removeAgreementButton = QPushButton(self.agreementsBox)
        self.removeAgreementButton.setObjectName(u"removeAgreementButton")
        self.removeAgreementButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.removeAgreementButton.setAutoDefault(False)

        self.chosenButtons.addWidget(self.removeAgreementButton)

        self.chosenButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chosenButtons.addItem(self.chosenButtonsSpacer)


        self.chosenRow.addLayout(self.chosenButtons)


        self.agreementsLayout.addLayout(self.chosenRow)

        self.agreementsError = QLabel(self.agreementsBox)
        self.agreementsError.setObjectName(u"agreementsError")
        self.agreementsError.setWordWrap(True)

        self.agreementsLayout.addWidget(self.agreementsError)


        self.columns.addWidget(self.agreementsBox)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(8)
        self.fieldsLayout.setVerticalSpacing(3)
        self.titleLabel = QLabel(self.formBody)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QPlainTextEdit(self.formBody)
        self.titleEdit.setObjectName(u"titleEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.titleEdit.sizePolicy().hasHeightForWidth())
        self.titleEdit.setSizePolicy(sizePolicy1)
        self.titleEdit.setMaximumSize(QSize(16777215, 52))
        self.titleEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(self.formBody)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.titleError, 1, 1, 1, 1)

        self.timingLabel = QLabel(self.formBody)
        self.timingLabel.setObjectName(u"timingLabel")
        self.timingLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.timingLabel, 2, 0, 1, 1)

        self.timingRow = QHBoxLayout()
        self.timingRow.setObjectName(u"timingRow")
        self.timingPhrase = QLineEdit(self.formBody)
        self.timingPhrase.setObjectName(u"timingPhrase")
        sizePolicy.setHeightForWidth(self.timingPhrase.sizePolicy().hasHeightForWidth())
        self.timingPhrase.setSizePolicy(sizePolicy)

        self.timingRow.addWidget(self.timingPhrase)

        self.timingKind = QComboBox(self.formBody)
        self.timingKind.setObjectName(u"timingKind")

        self.timingRow.addWidget(self.timingKind)

        self.timingFrom = QDateEdit(self.formBody)
        self.timingFrom.setObjectName(u"timingFrom")
        self.timingFrom.setCalendarPopup(True)

        self.timingRow.addWidget(self.timingFrom)

        self.timingDash = QLabel(self.formBody)
        self.timingDash.setObjectName(u"timingDash")
        self.timingDash.setText(u"\u2013")

        self.timingRow.addWidget(self.timingDash)

        self.timingTo = QDateEdit(self.formBody)
        self.timingTo.setObjectName(u"timingTo")
        self.timingTo.setCalendarPopup(True)

        self.timingRow.addWidget(self.timingTo)


        self.fieldsLayout.addLayout(self.timingRow, 2, 1, 1, 1)

        self.timingPreview = QLabel(self.formBody)
        self.timingPreview.setObjectName(u"timingPreview")
        self.timingPreview.setWordWrap(True)
        self.timingPreview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.timingPreview, 3, 1, 1, 1)

        self.timingError = QLabel(self.formBody)
        self.timingError.setObjectName(u"timingError")
        self.timingError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.timingError, 4, 1, 1, 1)

        self.placeLabel = QLabel(self.formBody)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.placeLabel, 5, 0, 1, 1)

        self.placeEdit = QLineEdit(self.formBody)
        self.placeEdit.setObjectName(u"placeEdit")

        self.fieldsLayout.addWidget(self.placeEdit, 5, 1, 1, 1)

        self.participantsLabel = QLabel(self.formBody)
        self.participantsLabel.setObjectName(u"participantsLabel")
        self.participantsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.participantsLabel, 6, 0, 1, 1)

        self.participantsEdit = QPlainTextEdit(self.formBody)
        self.participantsEdit.setObjectName(u"participantsEdit")
        self.participantsEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.participantsEdit, 6, 1, 1, 1)

        self.countLabel = QLabel(self.formBody)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.countLabel, 7, 0, 1, 1)

        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.participantsCount = QSpinBox(self.formBody)
        self.participantsCount.setObjectName(u"participantsCount")
        self.participantsCount.setMinimumSize(QSize(120, 0))
        self.participantsCount.setMaximum(1000000)

        self.countRow.addWidget(self.participantsCount)

        self.countSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpacer)


        self.fieldsLayout.addLayout(self.countRow, 7, 1, 1, 1)

        self.regionsLabel = QLabel(self.formBody)
        self.regionsLabel.setObjectName(u"regionsLabel")
        self.regionsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.regionsLabel, 8, 0, 1, 1)

        self.regionsEdit = QLineEdit(self.formBody)
        self.regionsEdit.setObjectName(u"regionsEdit")

        self.fieldsLayout.addWidget(self.regionsEdit, 8, 1, 1, 1)

        self.regionsHint = QLabel(self.formBody)
        self.regionsHint.setObjectName(u"regionsHint")
        self.regionsHint.setWordWrap(True)

        self.fieldsLayout.addWidget(self.regionsHint, 9, 1, 1, 1)

        self.resultLabel = QLabel(self.formBody)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.resultLabel, 10, 0, 1, 1)

        self.resultEdit = QPlainTextEdit(self.formBody)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.resultEdit, 10, 1, 1, 1)

        self.statusLabel = QLabel(self.formBody)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.statusLabel, 11, 0, 1, 1)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusCombo = QComboBox(self.formBody)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusRow.addWidget(self.statusCombo)

        self.repeatAgreement = QCheckBox(self.formBody)
        self.repeatAgreement.setObjectName(u"repeatAgreement")

        self.statusRow.addWidget(self.repeatAgreement)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.fieldsLayout.addLayout(self.statusRow, 11, 1, 1, 1)

        self.noteLabel = QLabel(self.formBody)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.fieldsLayout.addWidget(self.noteLabel, 12, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(self.formBody)
        self.noteEdit.setObjectName(u"noteEdit")
        sizePolicy1.setHeightForWidth(self.noteEdit.sizePolicy().hasHeightForWidth())
        self.noteEdit.setSizePolicy(sizePolicy1)
        self.noteEdit.setMaximumSize(QSize(16777215, 52))
        self.noteEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.noteEdit, 12, 1, 1, 1)

        self.noteError = QLabel(self.formBody)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.noteError, 13, 1, 1, 1)


        self.columns.addLayout(self.fieldsLayout)

        self.columns.setStretch(0, 5)
        self.columns.setStretch(1, 7)

        self.bodyLayout.addLayout(self.columns)

        self.formScroll.setWidget(self.formBody)

        self.mainLayout.addWidget(self.formScroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.formMessage = QLabel(EventForm)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.buttonRow.addWidget(self.formMessage)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveAndNewButton = QPushButton(EventForm)
        self.saveAndNewButton.setObjectName(u"saveAndNewButton")
        self.saveAndNewButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveAndNewButton)

        self.saveButton = QPushButton(EventForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(EventForm)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.agreementFilterLabel.setBuddy(self.agreementFilter)
        self.chosenLabel.setBuddy(self.chosenList)
        self.titleLabel.setBuddy(self.titleEdit)
        self.timingLabel.setBuddy(self.timingPhrase)
        self.placeLabel.setBuddy(self.placeEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.countLabel.setBuddy(self.participantsCount)
        self.regionsLabel.setBuddy(self.regionsEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.departmentCombo, self.agreementFilter)
        QWidget.setTabOrder(self.agreementFilter, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.timingPhrase)
        QWidget.setTabOrder(self.timingPhrase, self.timingKind)
        QWidget.setTabOrder(self.timingKind, self.timingFrom)
        QWidget.setTabOrder(self.timingFrom, self.timingTo)
        QWidget.setTabOrder(self.timingTo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.participantsCount)
        QWidget.setTabOrder(self.participantsCount, self.regionsEdit)
        QWidget.setTabOrder(self.regionsEdit, self.resultEdit)
        QWidget.setTabOrder(self.resultEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.repeatAgreement)
        QWidget.setTabOrder(self.repeatAgreement, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveAndNewButton)
        QWidget.setTabOrder(self.saveAndNewButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.availableList)
        QWidget.setTabOrder(self.availableList, self.showInactive)
        QWidget.setTabOrder(self.showInactive, self.chosenList)

        self.retranslateUi(EventForm)

        QMetaObject.connectSlotsByName(EventForm)
    # setupUi

    def retranslateUi(self, EventForm):
        EventForm.setWindowTitle(QCoreApplication.translate("EventForm", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435", None))
        self.departmentLabel.setText(QCoreApplication.translate("EventForm", u"&\u0414\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442:", None))
        self.agreementsBox.setTitle(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u044f, \u0432 \u0440\u0430\u043c\u043a\u0430\u0445 \u043a\u043e\u0442\u043e\u0440\u044b\u0445 \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0430 \u0440\u0430\u0431\u043e\u0442\u0430", None))
        self.agreementFilterLabel.setText(QCoreApplication.translate("EventForm", u"&\u041d\u0430\u0439\u0442\u0438 (\u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f, \u043a\u0440\u0430\u0442\u043a\u043e\u0433\u043e \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f \u0438\u043b\u0438 \u0440\u0435\u0433\u0438\u043e\u043d\u0430):", None))
        self.agreementFilter.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041c\u043e\u0441\u043a\u0432, \u041b\u0438\u043f\u0435\u0446\u043a, \u041a\u0440\u044b\u043c \u2014 Enter \u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0435\u0442", None))
#if QT_CONFIG(tooltip)
        self.availableList.setToolTip(QCoreApplication.translate("EventForm", u"\u2193 \u0438\u0437 \u0441\u0442\u0440\u043e\u043a\u0438 \u043f\u043e\u0438\u0441\u043a\u0430 \u2014 \u043f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u0441\u043f\u0438\u0441\u043a\u0443; Enter \u0438\u043b\u0438 \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u043a \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044e", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.showInactive.setToolTip(QCoreApplication.translate("EventForm", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0442\u0430\u043a\u0436\u0435 \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u044f, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435 \u0434\u0435\u0439\u0441\u0442\u0432\u043e\u0432\u0430\u043b\u0438 \u0432 \u043e\u0442\u0447\u0451\u0442\u043d\u043e\u043c \u043f\u0435\u0440\u0438\u043e\u0434\u0435 (Alt+\u041f)", None))
#endif // QT_CONFIG(tooltip)
        self.showInactive.setText(QCoreApplication.translate("EventForm", u"&\u043f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u043d\u0435\u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044e\u0449\u0438\u0435", None))
#if QT_CONFIG(tooltip)
        self.addAgreementButton.setToolTip(QCoreApplication.translate("EventForm", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0432\u044b\u0434\u0435\u043b\u0435\u043d\u043d\u043e\u0435 \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.addAgreementButton.setText(QCoreApplication.translate("EventForm", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u2193", None))
        self.chosenLabel.setText(QCoreApplication.translate("EventForm", u"&\u0412\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435, \u0432 \u043f\u043e\u0440\u044f\u0434\u043a\u0435 \u043e\u0442\u0447\u0451\u0442\u0430:", None))
#if QT_CONFIG(tooltip)
        self.chosenList.setToolTip(QCoreApplication.translate("EventForm", u"Alt+\u0412 \u2014 \u043f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u0441\u043f\u0438\u0441\u043a\u0443; Ctrl+\u2191 / Ctrl+\u2193 \u2014 \u043f\u0435\u0440\u0435\u0441\u0442\u0430\u0432\u0438\u0442\u044c, Del \u2014 \u0443\u0431\u0440\u0430\u0442\u044c", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("EventForm", u"\u041f\u043e\u0434\u043d\u044f\u0442\u044c \u0432\u044b\u0448\u0435 (Ctrl+\u2191)", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("EventForm", u"\u0412\u044b\u0448\u0435", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("EventForm", u"\u041e\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u043d\u0438\u0436\u0435 (Ctrl+\u2193)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("EventForm", u"\u041d\u0438\u0436\u0435", None))
#if QT_CONFIG(tooltip)
        self.removeAgreementButton.setToolTip(QCoreApplication.translate("EventForm", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u0438\u0437 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.removeAgreementButton.setText(QCoreApplication.translate("EventForm", u"\u0423\u0431\u0440\u0430\u0442\u044c", None))
        self.titleLabel.setText(QCoreApplication.translate("EventForm", u"\u041d\u0430&\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u0412\u044b\u0441\u0442\u0430\u0432\u043a\u0430, \u0441\u043e\u0432\u0435\u0449\u0430\u043d\u0438\u0435, \u043a\u043e\u043d\u0444\u0435\u0440\u0435\u043d\u0446\u0438\u044f\u2026", None))
        self.timingLabel.setText(QCoreApplication.translate("EventForm", u"&\u0421\u0440\u043e\u043a\u0438:", None))
#if QT_CONFIG(tooltip)
        self.timingPhrase.setToolTip(QCoreApplication.translate("EventForm", u"\u041d\u0430\u043f\u0438\u0448\u0438\u0442\u0435 \u0441\u0440\u043e\u043a\u0438 \u0442\u0430\u043a, \u043a\u0430\u043a \u0432 \u043e\u0442\u0447\u0451\u0442\u0435: \u00ab5 \u0444\u0435\u0432\u0440\u0430\u043b\u044f\u00bb, \u00ab29-31 \u044f\u043d\u0432\u0430\u0440\u044f\u00bb, \u00ab20 \u0444\u0435\u0432\u0440\u0430\u043b\u044f \u2013 13 \u043c\u0430\u0440\u0442\u0430\u00bb, \u00ab\u044f\u043d\u0432\u0430\u0440\u044c \u2013 \u043c\u0430\u0440\u0442\u00bb, \u00abI \u043a\u0432\u0430\u0440\u0442\u0430\u043b\u00bb, \u00ab\u0435\u0436\u0435\u043c\u0435\u0441\u044f\u0447\u043d\u043e\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.timingPhrase.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: 29-31 \u044f\u043d\u0432\u0430\u0440\u044f", None))
#if QT_CONFIG(tooltip)
        self.timingKind.setToolTip(QCoreApplication.translate("EventForm", u"\u0412\u0438\u0434 \u0441\u0440\u043e\u043a\u043e\u0432: \u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0438 \u0443\u043a\u0430\u0436\u0438\u0442\u0435 \u0434\u0430\u0442\u044b \u0432 \u043a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u0435 \u2014 \u0444\u0440\u0430\u0437\u0430 \u0441\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u0441\u044f \u0441\u0430\u043c\u0430", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.timingFrom.setToolTip(QCoreApplication.translate("EventForm", u"\u041d\u0430\u0447\u0430\u043b\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.timingFrom.setDisplayFormat(QCoreApplication.translate("EventForm", u"dd.MM.yyyy", None))
#if QT_CONFIG(tooltip)
        self.timingTo.setToolTip(QCoreApplication.translate("EventForm", u"\u041e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.timingTo.setDisplayFormat(QCoreApplication.translate("EventForm", u"dd.MM.yyyy", None))
        self.placeLabel.setText(QCoreApplication.translate("EventForm", u"&\u041c\u0435\u0441\u0442\u043e:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0433. \u0421\u043c\u043e\u043b\u0435\u043d\u0441\u043a, \u0414\u043e\u043c \u0421\u043e\u0432\u0435\u0442\u043e\u0432", None))
        self.participantsLabel.setText(QCoreApplication.translate("EventForm", u"&\u0423\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438:", None))
        self.participantsEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u041e\u0431\u0449\u0435\u0435 \u043a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e, \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u0438 \u0440\u0435\u0433\u0438\u043e\u043d\u043e\u0432, \u0434\u0440\u0443\u0433\u0438\u0435 \u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044f", None))
        self.countLabel.setText(QCoreApplication.translate("EventForm", u"&\u041a\u043e\u043b\u0438\u0447\u0435\u0441\u0442\u0432\u043e:", None))
#if QT_CONFIG(tooltip)
        self.participantsCount.setToolTip(QCoreApplication.translate("EventForm", u"\u041e\u0431\u0449\u0435\u0435 \u0447\u0438\u0441\u043b\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432, \u0435\u0441\u043b\u0438 \u043e\u043d\u043e \u0438\u0437\u0432\u0435\u0441\u0442\u043d\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.participantsCount.setSpecialValueText(QCoreApplication.translate("EventForm", u"\u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d\u043e", None))
        self.regionsLabel.setText(QCoreApplication.translate("EventForm", u"&\u0420\u0435\u0433\u0438\u043e\u043d\u044b:", None))
#if QT_CONFIG(tooltip)
        self.regionsEdit.setToolTip(QCoreApplication.translate("EventForm", u"\u0420\u0435\u0433\u0438\u043e\u043d\u044b \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u0447\u0435\u0440\u0435\u0437 \u0442\u043e\u0447\u043a\u0443 \u0441 \u0437\u0430\u043f\u044f\u0442\u043e\u0439; \u043f\u043e\u0434\u0441\u043a\u0430\u0437\u043a\u0438 \u2014 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430 \u0440\u0435\u0433\u0438\u043e\u043d\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.regionsEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0411\u0440\u044f\u043d\u0441\u043a\u0430\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c; \u041a\u0430\u043b\u0443\u0436\u0441\u043a\u0430\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c", None))
        self.resultLabel.setText(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0434&\u0435\u0440\u0436\u0430\u043d\u0438\u0435\n"
"\u0438 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442:", None))
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u041a\u0440\u0430\u0442\u043a\u0430\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u044f \u043e \u0434\u043e\u0441\u0442\u0438\u0433\u043d\u0443\u0442\u044b\u0445 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0451\u043d\u043d\u043e\u0441\u0442\u044f\u0445, \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0445 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430\u0445 \u0438 \u0442. \u0434.", None))
        self.statusLabel.setText(QCoreApplication.translate("EventForm", u"\u0421&\u0442\u0430\u0442\u0443\u0441:", None))
        self.repeatAgreement.setText(QCoreApplication.translate("EventForm", u"\u041f\u043e\u0432\u0442\u043e\u0440\u044f\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u0432 \u043e\u0442\u0447\u0451\u0442\u0435", None))
        self.noteLabel.setText(QCoreApplication.translate("EventForm", u"\u041f\u0440\u0438\u043c\u0435&\u0447\u0430\u043d\u0438\u0435:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EventForm", u"\u041f\u0440\u0438\u0447\u0438\u043d\u044b \u043d\u0435\u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f \u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u043d\u043e\u0433\u043e \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f; \u00ab-\u00bb, \u0435\u0441\u043b\u0438 \u0441\u043a\u0430\u0437\u0430\u0442\u044c \u043d\u0435\u0447\u0435\u0433\u043e", None))
#if QT_CONFIG(tooltip)
        self.saveAndNewButton.setToolTip(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0438 \u0441\u0440\u0430\u0437\u0443 \u043d\u0430\u0447\u0430\u0442\u044c \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0435 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435 (Ctrl+Shift+S, Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.saveAndNewButton.setText(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0438 \u0441\u043e\u0437\u0434\u0430\u0442\u044c \u0435\u0449\u0451", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435 (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("EventForm", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("EventForm", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c \u0431\u0435\u0437 \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u044f (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("EventForm", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

